// Cytoscape wrappers: element objects built from data, styles by class, layouts by name.
import cytoscape from "../vendor/cytoscape.esm.min.mjs";

const TYPE_COLOURS = {
  Company: "#2f6fdf", Deal: "#e0702b", Chip: "#8a5cd1", PowerAsset: "#2aa876",
  Policy: "#c43d5b", Person: "#7d7d7d", Country: "#3aa6b9", GridRegion: "#c9a227",
};

export const BASE_STYLE = [
  {
    selector: "node",
    style: {
      "background-color": (n) => TYPE_COLOURS[n.data("type")] ?? "#999",
      label: "data(label)", "font-size": 10, color: "#1d2330", "text-valign": "bottom", "text-margin-y": 3,
      "text-wrap": "wrap", "text-max-width": 120, width: "data(size)", height: "data(size)",
      "text-background-color": "#fff", "text-background-opacity": 0.75, "text-background-padding": 1,
      // Labels too small to read at this zoom are left out until the reader zooms in.
      "min-zoomed-font-size": 8,
    },
  },
  { selector: "node.root", style: { "border-width": 3, "border-color": "#141a26" } },
  { selector: "node.expanded", style: { "border-width": 2, "border-color": "#9aa3b5" } },
  { selector: "node[type = 'Deal']", style: { shape: "round-rectangle" } },
  {
    selector: "edge",
    style: {
      width: "data(width)", "line-color": "#b9c0cc", "curve-style": "bezier", "target-arrow-shape": "triangle",
      "target-arrow-color": "#b9c0cc", "arrow-scale": 0.8, label: "data(label)", "font-size": 8, color: "#566",
      "text-rotation": "autorotate", "text-background-color": "#fff", "text-background-opacity": 0.8,
      "text-background-padding": 1,
    },
  },
  { selector: "edge.undirected", style: { "target-arrow-shape": "none" } },
  { selector: ".hidden", style: { display: "none" } },
];

export function graph(container, elements, { style = [], layout = { name: "cose", animate: false } } = {}) {
  // Content added above a graph after it is drawn moves it; Cytoscape caches where its box is,
  // so it re-reads that when the pointer comes in (else clicks land beside the nodes).
  container.addEventListener("mouseenter", () => container.cy?.resize());
  // The instance rides on its element so that the browser tests can find nodes to click.
  return (container.cy = cytoscape({
    container,
    elements,
    style: [...BASE_STYLE, ...style],
    layout,
    minZoom: 0.1,
    maxZoom: 3,
    // Keeps panning smooth with a few thousand elements.
    textureOnViewport: true,
    hideEdgesOnViewport: true,
    motionBlur: false,
    pixelRatio: 1,
  }));
}

// sqrt so that a $300B contract does not hide a $1B one, bounded to stay legible.
export function widthFor(amount, maxAmount, min = 1.2, max = 14) {
  if (!amount || !maxAmount) return min;
  return min + (max - min) * Math.sqrt(amount / maxAmount);
}
