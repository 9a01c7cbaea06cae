# Leadflow in English. Every message exists in sv, da and fi too, with the same placeables
# (tests/languages.rs). Numbers and dates arrive formatted; $count only chooses a plural.

week-caption = Week { $week } · { $date }
