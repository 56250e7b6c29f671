"""What binds a value to a cue, beyond distance: the reading of the sentence around them, by concern. The
matcher asks; nothing here imports it."""
