"""Parts every stage uses: the stage page base, record tables and their model, text
boxes that save when finished, chart views, guidance, and the undo keys in a box."""
