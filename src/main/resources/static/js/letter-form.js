// The letter form's challenge: find a number n whose SHA-256 with the challenge starts with the
// required zero bits, before the form is sent (no third-party service; see ProofOfWork.java).
(function () {
  var form = document.querySelector('form[data-pow]');
  if (!form || !window.crypto || !window.crypto.subtle) { return; }
  var bits = parseInt(form.getAttribute('data-bits'), 10);
  var status = form.querySelector('.pow');
  var solved = false;

  function zeroBits(bytes, count) {
    for (var i = 0; i < count; i++) {
      if (bytes[i >> 3] & (0x80 >> (i & 7))) { return false; }
    }
    return true;
  }

  async function solve(challenge) {
    var encoder = new TextEncoder();
    for (var n = 0; ; n++) {
      var hash = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(challenge + n)));
      if (zeroBits(hash, bits)) { return String(n); }
    }
  }

  form.addEventListener('submit', function (event) {
    if (solved) { return; }
    event.preventDefault();
    status.textContent = '正在进行安全验证……';
    solve(form.elements.challenge.value).then(function (solution) {
      form.elements.solution.value = solution;
      solved = true;
      status.textContent = '';
      form.submit();
    });
  });
})();
