"""The Delivery options stage's parts: long list, criteria, scoring, ranking, sensitivity,
risks and the recommendation. ``smartdesk.gui.options.page`` puts them on one page."""
