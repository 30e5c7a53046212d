// ECharts wrappers: small declarative options built from rows; drawing stays apart from fetching.
import * as echarts from "../vendor/echarts.esm.min.mjs";
import { h, usd } from "./ui.js";

export const PALETTE = ["#2f6fdf", "#e0702b", "#2aa876", "#c43d5b", "#8a5cd1", "#c9a227", "#3aa6b9", "#7d7d7d", "#b5651d", "#5b8c2a"];

const charts = new Set();
// Charts are disposed when their element leaves the page, so re-rendering a view leaks nothing.
const observer = new MutationObserver(() => {
  for (const chart of charts) {
    if (!chart.getDom().isConnected) {
      chart.dispose();
      charts.delete(chart);
    }
  }
});
observer.observe(document.body, { childList: true, subtree: true });
window.addEventListener("resize", () => charts.forEach((c) => c.resize()));

export function chart(element, option) {
  const instance = echarts.init(element, null, { renderer: "canvas" });
  instance.setOption({ color: PALETTE, animation: false, textStyle: { fontFamily: "inherit" }, ...option });
  charts.add(instance);
  return instance;
}

export function chartBox(className = "chart") {
  return h("div", { class: className });
}

// A small bar chart of one money series over periods.
export function moneyBars(element, title, categories, values) {
  return chart(element, {
    title: { text: title, left: 4, top: 0, textStyle: { fontSize: 13, fontWeight: 600 } },
    grid: { left: 56, right: 8, top: 30, bottom: 24 },
    tooltip: { trigger: "axis", valueFormatter: usd },
    xAxis: { type: "category", data: categories, axisLabel: { fontSize: 10 } },
    yAxis: { type: "value", axisLabel: { formatter: usd, fontSize: 10 } },
    series: [{ type: "bar", data: values, barMaxWidth: 28, itemStyle: { borderRadius: [3, 3, 0, 0] } }],
  });
}
