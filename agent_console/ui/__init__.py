"""Qt front end: widgets, item models, delegates and dialogs over ``core``."""
