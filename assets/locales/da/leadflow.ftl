# Leadflow på dansk.

week-caption = Uge { $week } · { $date }
