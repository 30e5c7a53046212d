// Rebuild web/assets/vendor/ from package-lock.json: `cd web && npm ci --ignore-scripts && npm run vendor`.
// The explorer has no bundler: it loads these dist files as they are published, so the copy is the
// whole build and the lock file alone decides what is served. MANIFEST.json records each file's
// package, version and sha256 so that a reviewer (and tests/unit/test_web_vendor.py) can check the
// committed copies against the lock.
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const web = join(dirname(fileURLToPath(import.meta.url)), "..");
const modules = join(web, "node_modules");
const target = join(web, "assets", "vendor");

// [package, file inside the package, name served under assets/vendor/]
const FILES = [
  ["cytoscape", "dist/cytoscape.esm.min.mjs", "cytoscape.esm.min.mjs"],
  ["echarts", "dist/echarts.esm.min.mjs", "echarts.esm.min.mjs"],
  ["react", "umd/react.production.min.js", "react.production.min.js"],
  ["react-dom", "umd/react-dom.production.min.js", "react-dom.production.min.js"],
  ["graphiql", "graphiql.min.js", "graphiql.min.js"],
  ["graphiql", "graphiql.min.css", "graphiql.min.css"],
];
const LICENSES = ["cytoscape", "echarts", "react", "react-dom", "graphiql"];

const lock = JSON.parse(readFileSync(join(web, "package-lock.json"), "utf8"));
rmSync(target, { recursive: true, force: true });
mkdirSync(join(target, "licenses"), { recursive: true });

const manifest = {};
for (const [name, file, served] of FILES) {
  const installed = JSON.parse(readFileSync(join(modules, name, "package.json"), "utf8")).version;
  const locked = lock.packages[`node_modules/${name}`]?.version;
  if (installed !== locked) {
    throw new Error(`${name} ${installed} is installed but the lock says ${locked}: run npm ci first`);
  }
  copyFileSync(join(modules, name, file), join(target, served));
  const sha256 = createHash("sha256").update(readFileSync(join(target, served))).digest("hex");
  manifest[served] = { package: name, version: installed, file, sha256 };
}
for (const name of LICENSES) {
  copyFileSync(join(modules, name, "LICENSE"), join(target, "licenses", `${name}.LICENSE.txt`));
}
writeFileSync(join(target, "MANIFEST.json"), JSON.stringify(manifest, null, 2) + "\n");
console.log(`vendored ${FILES.length} files into ${target}`);
