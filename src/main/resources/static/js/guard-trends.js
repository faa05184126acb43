// The trend of each site's findings on /admin/guard/findings: ECharts (a WebJar, nothing fetched
// from elsewhere) draws one stacked line per category from the table named by the chart's
// data-chart-table; the table stays for screen readers and printing.
(function () {
  if (!window.echarts) {
    return;
  }
  document.querySelectorAll('.guard-trend-chart[data-chart-table]').forEach(function (box) {
    var table = document.getElementById(box.getAttribute('data-chart-table'));
    if (!table) {
      return;
    }
    var names = Array.prototype.slice.call(table.querySelectorAll('thead th')).slice(1).map(function (th) {
      return th.textContent;
    });
    var days = [];
    var series = names.map(function (name) {
      return { name: name, type: 'line', stack: 'open', areaStyle: {}, symbol: 'none', data: [] };
    });
    table.querySelectorAll('tbody tr').forEach(function (row) {
      days.push(row.querySelector('th').textContent);
      row.querySelectorAll('td').forEach(function (cell, i) {
        series[i].data.push(Number(cell.textContent));
      });
    });
    box.style.height = '260px';
    table.closest('.table-wrap').classList.add('visually-hidden');
    var chart = window.echarts.init(box);
    chart.setOption({
      animation: false,
      grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
      legend: { top: 0 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', boundaryGap: false, data: days },
      yAxis: { type: 'value', minInterval: 1 },
      series: series
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
}());
