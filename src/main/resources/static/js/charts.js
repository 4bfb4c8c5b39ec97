// Charts of the report pages (ECharts, served from our own webjar). Each element with class kehu-chart
// carries its chart option as JSON in data-chart, built by the server from the figures the page shows.
// The marker "percent" as a tooltip valueFormatter becomes a function that appends a % sign.
(function () {
  function init() {
    if (typeof echarts === 'undefined') {
      return;
    }
    var charts = [];
    document.querySelectorAll('.kehu-chart[data-chart]').forEach(function (el) {
      var option = JSON.parse(el.getAttribute('data-chart'));
      if (option.tooltip && option.tooltip.valueFormatter === 'percent') {
        option.tooltip.valueFormatter = function (v) { return v == null ? '—' : v + '%'; };
      }
      option.textStyle = { fontFamily: '"WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", sans-serif' };
      option.animation = false;
      var chart = echarts.init(el, null, { renderer: 'canvas' });
      chart.setOption(option);
      el.setAttribute('data-rendered', 'true');
      charts.push(chart);
    });
    window.addEventListener('resize', function () {
      charts.forEach(function (c) { c.resize(); });
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
