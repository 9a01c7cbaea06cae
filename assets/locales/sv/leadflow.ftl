# Leadflow på svenska.

week-caption = Vecka { $week } · { $date }
