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
slide-start-in-nurture = { $shown } kypsytyksessä

## Vaihetyypit, lähteet, työkalut, mallit ja paletti

stage-kind-funnel-step = Suppilon vaihe
stage-kind-flywheel-segment = Vauhtipyörän vaihe
stage-kind-nurture-pool = Liidien kypsytys
stage-kind-customer = Asiakas
stage-kind-brand-reach = Brändin tavoittavuus
stage-kind-lost = Menetetty
channel-ads = Mainonta
channel-seo-content = SEO/sisältö
channel-social = Some
channel-events = Tapahtumat
channel-cold-list = Kylmät kontaktit
channel-partner = Kumppanit
channel-referral = Suosittelut
channel-other = Muu
tool-category-crm = CRM
tool-category-marketing-automation = Markkinoinnin automaatio
tool-category-email = Sähköposti
tool-category-ads-platform = Mainosalusta
tool-category-webshop = Verkkokauppa-alusta
tool-category-social-media = Sosiaalinen media
tool-category-video = Video
tool-category-meeting-booking = Ajanvaraus
tool-category-e-procurement = Sähköinen hankinta
tool-category-other = Muu
transaction-model-digital-branding = Digitaalinen brändäys
transaction-model-e-commerce = Verkkokauppa
transaction-model-relationship = Suhdemalli
transaction-model-other = Muu (ostaja- tai markkinakeskeinen)
shape-funnel = Myyntisuppilo
shape-flywheel = Vauhtipyörä
shape-silo = Myyntisiilo
sales-model-inbound = Inbound-myynti
sales-model-outbound = Outbound-myynti
sales-model-account-based = Tilipohjainen myynti
sales-model-relationship-based = Suhdemyynti
sales-model-team-selling = Tiimimyynti
sales-model-high-volume-low-touch = Volyymimyynti (low-touch)
sales-model-channel = Kanavamyynti
models-line-sales = { $model }
new-stage-funnel-step = Uusi vaihe
new-stage-flywheel-segment = Uusi vaihe
new-stage-nurture-pool = Kypsytys
new-stage-customer = Asiakkaat
new-stage-brand-reach = Brändin tavoittavuus
new-stage-lost = Menetetyt
palette-stages = Vaiheet
palette-stages-hint = Vedä piirtoalueelle
palette-stage-tooltip = Lisää vaihe vetämällä se piirtoalueelle
palette-sources = Lähteet
palette-sources-hint = Vedä vaiheeseen, johon liidit tulevat
palette-source-tooltip = Lisää liidilähde vetämällä se vaiheeseen, johon sen liidit tulevat
palette-roles = Roolit
palette-roles-hint = Vedä vaiheeseen, jota rooli hoitaa
palette-role-tooltip = Liidejä henkilöä kohden viikossa: { $leads } · { $cost }/kk
palette-tools = Työkalut
palette-tools-hint = Vedä vaiheeseen
palette-tool-tooltip = { $category } · { $cost }/kk

## Päivämäärät

week-caption = Viikko { $week } · { $date }

## Suunnitelman ominaisuudet

design-inspector-name = Nimi
design-inspector-sales-model = Myyntimalli
design-inspector-shape = Muoto
design-inspector-currency = Valuutta
design-inspector-horizon = Aikajänne
design-inspector-mode = Menetelmä
design-inspector-runs = Ajot
design-inspector-seed = Siemen
design-inspector-channel = Kanava
design-inspector-leads-per-week = Liidejä viikossa
design-inspector-cost-per-week = Kustannus viikossa
design-inspector-growth-per-month = Kasvu kuukaudessa
design-inspector-enters-at = Tulee vaiheeseen
design-inspector-design = Suunnitelma
design-inspector-notes = Muistiinpanot
design-inspector-lead-sources = Liidilähteet
design-inspector-remove-source = Poista lähde
design-inspector-add-source = Lisää lähde
design-inspector-transaction-models = Transaktiomallit
design-inspector-simulation = Simulointi
design-inspector-season = Kausivaihtelu
design-inspector-starts-on = Alkaa
design-inspector-start-on-the-monday-of = Aloita kuluvan viikon maanantaista
design-inspector-when-to-choose-this-design = Milloin tämä suunnitelma kannattaa valita
design-inspector-yyyy-mm-dd = VVVV-KK-PP
design-inspector-not-a-date = ei kelvollinen päivämäärä
design-inspector-expected-values = Odotusarvot
design-inspector-monte-carlo = Monte Carlo
design-inspector-source-heading = { $name } · { $leads }/vk{ $seasonal ->
        [yes] {" "}· kausivaihtelu
       *[no] {""}
    }
design-inspector-new-source = Uusi lähde
design-inspector-weeks-suffix = {" "}viikkoa
design-inspector-missing-stage = { $stage } (puuttuu)
design-inspector-this-week = Tämä viikko

## Vaiheen ominaisuudet, kentät ja kausivaihtelu

stage-inspector-name = Nimi
stage-inspector-conversion = Konversio
stage-inspector-days-in-stage = Päiviä vaiheessa
stage-inspector-drop-outs-go-to = Pudonneet siirtyvät
stage-inspector-in-this-stage-today = Vaiheessa nyt
stage-inspector-of-them-waiting = Niistä odottaa
stage-inspector-notes = Muistiinpanot
stage-inspector-roles = Roolit
stage-inspector-tools = Työkalut
stage-inspector-what-the-stage-holds-on = Vaiheen tilanne suunnitelman alkupäivänä; simulointi alkaa tästä
stage-inspector-done-with-the-stage-but = Vaihe on käsitelty, mutta liidi odottaa vapaata tekijää (työjono)
stage-inspector-notes-for-the-meeting = Muistiinpanot palaveriin
stage-inspector-add-role = Lisää rooli…
stage-inspector-lost = Menetetyt
kind-fields-warm-up-per-week = Lämpenee viikossa
kind-fields-warmed-leads-go-to = Lämmenneet liidit siirtyvät
kind-fields-unsubscribe-per-week = Peruutukset viikossa
kind-fields-order-value = Tilausarvo
kind-fields-repeat-purchases-per-year = Uusintaostoja vuodessa
kind-fields-referrals-per-customer-per-year = Suositteluja asiakasta kohden vuodessa
kind-fields-referred-leads-go-to = Suositellut liidit siirtyvät
kind-fields-churn-per-year = Asiakaspoistuma vuodessa
kind-fields-share-becoming-organic-leads = Orgaanisten liidien osuus
kind-fields-delay = Viive
kind-fields-organic-leads-go-to = Orgaaniset liidit siirtyvät
kind-fields-not-modelled = Ei mallinnettu
season-flat = Tasainen
inspector-share-of-converters = Osuus konvertoituvista
inspector-drag-to-move-them-together = Siirrä niitä yhdessä vetämällä; Delete poistaa ne; Ctrl+D monistaa.
inspector-flow = Siirtymä
inspector-delete-flow = Poista siirtymä
suffix-days = {" "}pv
suffix-people = {" "}hlö
suffix-customers = {" "}asiakasta
suffix-addresses = {" "}osoitetta
suffix-leads = {" "}liidiä
stage-inspector-order-value-prefix = Tilausarvo:{" "}
stage-inspector-busy = käyttöaste { $percent }
stage-inspector-remove-role = Poista rooli: { $name }
season-factor-for = Kausikerroin: { $month }
season-average = keskiarvo ×{ $average } · vedä kuukauden palkkia
inspector-stages-selected = { $count ->
        [one] { $shown } vaihe valittu
       *[other] { $shown } vaihetta valittu
    }

## Piirtoalue

count-thousands = { $value } t.
stage-figures-customers = asiakkaita { $customers } · +{ $won }/vk
stage-figures-lost = menetettyjä { $lost }
stage-figures-working = vaiheessa { $leads } · eteenpäin { $onward }/vk
stage-tag-bottleneck = Pullonkaula · { $waiting } odottaa
stage-tag-error = virhe
stage-tag-changed = muutettu
stage-tag-measured = mitattu
stage-tag-partly-measured = osin mitattu
stage-tag-today = nyt { $count }
stage-parameters-working = { $conversion } eteenpäin · { $days } pv
stage-parameters-pool = lämpenee { $warm_up }/vk · peruu { $unsubscribe }
stage-parameters-customers = { $order_value }/tilaus
stage-parameters-reach = { $organic } orgaanisiksi liideiksi

## Lukujen alkuperä

provenance-days = { $days } pv
provenance-per-week = { $leads }/vk
provenance-measured = Mitattu: { $what ->
        [new-deals] { $count ->
            [one] { $shown } uusi kauppa
           *[other] { $shown } uutta kauppaa
        }
        [stays] { $count ->
            [one] { $shown } läpimeno
           *[other] { $shown } läpimenoa
        }
       *[deals] { $count ->
            [one] { $shown } kauppa
           *[other] { $shown } kauppaa
        }
    }, { $period } · 90 %: { $interval }{ $thin ->
        [yes] {" "}· niukka aineisto
       *[no] {""}
    }
provenance-assumed = Oletus: korvaa mitatun arvon { $measured } ({ $interval })
provenance-part-conversions = { $count ->
        [one] { $shown } vaiheen konversio
       *[other] { $shown } vaiheen konversiot
    }
provenance-part-days = { $shown } vaiheen kesto
provenance-part-sources = { $count ->
        [one] { $shown } lähteen viikoittaiset liidit
       *[other] { $shown } lähteen viikoittaiset liidit
    }
provenance-part-order-value = tilausarvo
provenance-note = Mitattu CRM-datasta (kauppoja { $deals }, { $period }): { $parts }; muut ovat oletuksia.
