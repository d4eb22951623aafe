// The API sends amounts in fen (integer); pages show yuan.
function formatPrice(fen) {
  return (fen / 100).toFixed(2);
}

module.exports = { formatPrice };
