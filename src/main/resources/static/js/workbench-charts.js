// The 工作台's small charts: each .chart is drawn with ECharts (a WebJar, nothing fetched from
// elsewhere) from the table named by its data-chart-table, which stays for screen readers and
// printing. A horizontal bar per row, the biggest on top.
(function () {
  if (!window.echarts) {
    return;
  }
  document.querySelectorAll('.chart[data-chart-table]').forEach(function (box) {
    var table = document.getElementById(box.getAttribute('data-chart-table'));
    if (!table) {
      return;
    }
    var labels = [];
    var values = [];
    table.querySelectorAll('tbody tr').forEach(function (row) {
      labels.push(row.querySelector('th').textContent);
      values.push(Number(row.querySelector('td').textContent));
    });
    labels.reverse();
    values.reverse();
    box.style.height = Math.max(80, 28 * labels.length + 30) + 'px';
    table.classList.add('visually-hidden');
    var chart = window.echarts.init(box);
    chart.setOption({
      animation: false,
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: labels },
      series: [{ type: 'bar', data: values, itemStyle: { color: '#b71c1c' }, label: { show: true, position: 'right' } }],
      tooltip: { trigger: 'axis' }
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
}());
