# Leadflow suomeksi.

week-caption = Viikko { $week } · { $date }
