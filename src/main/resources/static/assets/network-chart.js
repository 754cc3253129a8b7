// The network's use of its contingent: sessions per month (bars), cumulated, and the pace of 1/12 a month.
(function () {
  var element = document.getElementById('use-chart');
  if (!element || typeof echarts === 'undefined') {
    return;
  }
  function numbers(name) {
    var text = element.getAttribute('data-' + name) || '';
    return text === '' ? [] : text.split(',').map(Number);
  }
  var series = [
    {name: element.getAttribute('data-label-used'), type: 'bar', data: numbers('used')},
    {name: element.getAttribute('data-label-cumulated'), type: 'line', data: numbers('cumulated')}
  ];
  var pace = numbers('pace');
  if (pace.length > 0) {
    series.push({name: element.getAttribute('data-label-pace'), type: 'line', data: pace,
      lineStyle: {type: 'dashed'}, symbol: 'none'});
  }
  var chart = echarts.init(element, null, {renderer: 'svg'});
  chart.setOption({
    animation: false,
    tooltip: {trigger: 'axis'},
    legend: {top: 0},
    grid: {left: 50, right: 20, top: 40, bottom: 30},
    xAxis: {type: 'category', data: (element.getAttribute('data-months') || '').split(',')},
    yAxis: {type: 'value'},
    series: series
  });
  window.addEventListener('resize', function () {
    chart.resize();
  });
})();
