module.exports = ".mhd{}"
