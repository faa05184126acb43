// A site's score per day as a line (ECharts, a WebJar), drawn from the table named by the box's
// data-trend-table, which stays for screen readers and printing. A vetoed day counts 0.
(function () {
  if (!window.echarts) {
    return;
  }
  document.querySelectorAll('.chart[data-trend-table]').forEach(function (box) {
    var table = document.getElementById(box.getAttribute('data-trend-table'));
    if (!table) {
      return;
    }
    var days = [];
    var scores = [];
    table.querySelectorAll('tbody tr').forEach(function (row) {
      days.push(row.querySelector('th').textContent);
      scores.push(Number(row.querySelector('td').textContent));
    });
    box.style.height = '240px';
    table.classList.add('visually-hidden');
    var chart = window.echarts.init(box);
    chart.setOption({
      animation: false,
      grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: days },
      yAxis: { type: 'value', min: 0, max: 100 },
      series: [{ type: 'line', data: scores, itemStyle: { color: '#b71c1c' },
        markLine: { silent: true, symbol: 'none', data: [{ yAxis: 60 }] } }],
      tooltip: { trigger: 'axis' }
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
}());
