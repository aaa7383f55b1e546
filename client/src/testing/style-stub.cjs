// Stylesheets do nothing in jsdom; tests look at roles, labels and text instead.
module.exports = {};
