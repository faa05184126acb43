// 访问统计's trend: a line of views and one of visitors per day, drawn with ECharts from the table
// named by data-trend-table, which stays for screen readers and printing. (The top-page bars are
// drawn by workbench-charts.js, from their table alike.)
(function () {
  if (!window.echarts) {
    return;
  }
  document.querySelectorAll('.chart[data-trend-table]').forEach(function (box) {
    var table = document.getElementById(box.getAttribute('data-trend-table'));
    if (!table) {
      return;
    }
    var heads = table.querySelectorAll('thead th');
    var days = [];
    var views = [];
    var visitors = [];
    table.querySelectorAll('tbody tr').forEach(function (row) {
      var cells = row.querySelectorAll('td');
      days.push(row.querySelector('th').textContent);
      views.push(Number(cells[0].textContent));
      visitors.push(Number(cells[1].textContent));
    });
    box.style.height = '280px';
    var chart = window.echarts.init(box);
    chart.setOption({
      animation: false,
      grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
      legend: { data: [heads[1].textContent, heads[2].textContent] },
      xAxis: { type: 'category', data: days },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: heads[1].textContent, type: 'line', data: views, itemStyle: { color: '#b71c1c' } },
        { name: heads[2].textContent, type: 'line', data: visitors, itemStyle: { color: '#1565c0' } }
      ],
      tooltip: { trigger: 'axis' }
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();
