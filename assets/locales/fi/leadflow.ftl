# Leadflow suomeksi. Samat viestit ja paikkamerkit kuin englanniksi.

## Valikot ja komennot

menu-file = Tiedosto
menu-edit = Muokkaa
menu-view = Näytä
menu-design = Suunnitelma
menu-help = Ohje
menu-language = Kieli

command-new = Uusi pohjasta…
command-new-from-questions = Uusi kysymysten pohjalta…
command-new-from-crm = Uusi CRM-viennistä…
command-open = Avaa…
command-save = Tallenna
command-save-as = Tallenna nimellä…
command-export-image = Vie kuvana…
command-copy-as-image = Kopioi kuvana
command-quit = Lopeta
command-undo = Kumoa
command-redo = Tee uudelleen
command-cut = Leikkaa
command-copy = Kopioi
command-paste = Liitä
command-duplicate = Monista
command-delete = Poista
command-select-all = Valitse kaikki
command-zoom-to-fit = Sovita näkymään
command-zoom-in = Lähennä
command-zoom-out = Loitonna
command-toggle-grid = Ruudukko
command-toggle-snap = Kohdista ruudukkoon
command-toggle-theme = Tumma teema
command-present = Esitä
command-command-palette = Etsi komento…
command-arrange-funnel = Järjestä myyntisuppiloksi
command-arrange-flywheel = Järjestä vauhtipyöräksi
command-goal-seek = Tavoitehaku…
command-calibrate-from-crm = Kalibroi CRM-viennistä…
command-show-shortcuts = Pikanäppäimet…
command-about = Tietoja Leadflow’sta…

## Tilarivi

status-not-saved = Ei vielä tallennettu
status-unsaved = { $location } • tallentamattomia muutoksia
status-findings = { $errors ->
        [one] { $errors_shown } virhe
       *[other] { $errors_shown } virhettä
    }, { $warnings ->
        [one] { $warnings_shown } varoitus
       *[other] { $warnings_shown } varoitusta
    }
status-findings-hint = Näytä havainnot; napsauta riviä valitaksesi kohteen, jota se koskee
status-simulating = simuloidaan…
status-simulated = simuloitu { $milliseconds } ms:ssa

## Ensimmäinen käynnistys

welcome-title = Tervetuloa Leadflow’hun
welcome-text = Suunnittele, miten yrityksesi myy, ja näe, millaisen liidivirran se tuottaa. Ikkunassa on myyntisiilo-esimerkki; mistä haluat aloittaa?
welcome-questions = Vastaa neljään kysymykseen
welcome-questions-detail = Leadflow suosittelee myyntimallia ja rakentaa vastaustesi pohjalta ensimmäisen suunnitelman.
welcome-template = Valitse aloitussuunnitelma
welcome-template-detail = Perinteinen myyntisuppilo, inbound, outbound, tilipohjainen myynti, vauhtipyörä ja muita.
welcome-crm = Tuo CRM-vienti
welcome-crm-detail = Mittaa myyntiputkesi HubSpotista, Pipedrivesta, Salesforcesta tai tapahtumalokista.
welcome-open = Avaa suunnitelma
welcome-open-detail = .ron-tiedosto tai Leadflow’lla viety kuva.
welcome-look = Tutustu esimerkkiin
welcome-look-detail = Kaikki löytyy myös valikoista.

## Tunnusluvut (editori, esitys, diat)

headline-customers-by = Asiakkaat { $date } mennessä
headline-revenue = Liikevaihto
headline-from-existing = Nykyisiltä asiakkailta
headline-cost = Kustannukset
headline-acquisition-cost = Asiakashankintakustannus
headline-payback = Takaisinmaksu
headline-payback-none = ei aikajänteellä
headline-bottleneck = Pullonkaula
headline-bottleneck-none = ei mikään

## Dia

slide-made-with = Tehty Leadflow’lla
slide-active-customers = Aktiiviset asiakkaat
slide-band-note = mediaani ja 10–90 % ajoista
slide-expected-values = odotusarvot
slide-source = { $name } { $leads }/vk{ $season }
slide-no-sources = ei liidilähteitä
slide-sources = Lähteet: { $sources }
slide-monte-carlo = Monte Carlo, { $runs } ajoa, siemen { $seed }
slide-assumptions = { $sources }. { $starting } Alkaen { $date }, { $weeks } viikkoa, { $mode }.{ $measured }
slide-starts-empty = Alkaa tyhjästä.
slide-starts-with = Lähtötilanne: { $parts }.
slide-start-customers = { $count ->
        [one] { $shown } asiakas
       *[other] { $shown } asiakasta
    }
slide-start-open-leads = { $count ->
        [one] { $shown } avoin liidi
       *[other] { $shown } avointa liidiä
    }
slide-start-in-nurture = { $shown } hoivassa

## Päivämäärät

week-caption = Viikko { $week } · { $date }
