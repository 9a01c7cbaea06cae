# Leadflow in English. Every message exists in sv, da and fi too, with the same placeables
# (tests/languages.rs). Numbers and dates arrive formatted ($..._shown, $date); a bare number
# such as $errors only chooses the plural form.

## Menus and commands

menu-file = File
menu-edit = Edit
menu-view = View
menu-design = Design
menu-help = Help
menu-language = Language

command-new = New from template…
command-new-from-questions = New from questions…
command-new-from-crm = New from CRM export…
command-open = Open…
command-save = Save
command-save-as = Save as…
command-export-image = Export image…
command-copy-as-image = Copy as image
command-quit = Quit
command-undo = Undo
command-redo = Redo
command-cut = Cut
command-copy = Copy
command-paste = Paste
command-duplicate = Duplicate
command-delete = Delete
command-select-all = Select all
command-zoom-to-fit = Zoom to fit
command-zoom-in = Zoom in
command-zoom-out = Zoom out
command-toggle-grid = Grid
command-toggle-snap = Snap to grid
command-toggle-theme = Dark theme
command-present = Present
command-command-palette = Find a command…
command-arrange-funnel = Arrange as funnel
command-arrange-flywheel = Arrange as flywheel
command-goal-seek = Goal seek…
command-calibrate-from-crm = Calibrate from CRM export…
command-show-shortcuts = Keyboard shortcuts…
command-about = About Leadflow…

## Status bar

status-not-saved = Not saved yet
status-unsaved = { $location } • unsaved changes
status-findings = { $errors ->
        [one] { $errors_shown } error
       *[other] { $errors_shown } errors
    }, { $warnings ->
        [one] { $warnings_shown } warning
       *[other] { $warnings_shown } warnings
    }
status-findings-hint = List the findings; click one to select what it is about
status-simulating = simulating…
status-simulated = simulated in { $milliseconds } ms

## First start

welcome-title = Welcome to Leadflow
welcome-text = Design how your company sells and watch the lead flow it gives. The window shows the sales silo example; where would you like to start?
welcome-questions = Answer four questions
welcome-questions-detail = Leadflow recommends a sales model and builds a starting design from your answers.
welcome-template = Choose a starting design
welcome-template-detail = Classic funnel, inbound, outbound, account-based, the flywheel, and more.
welcome-crm = Import a CRM export
welcome-crm-detail = Measure your pipeline from HubSpot, Pipedrive, Salesforce or an event log.
welcome-open = Open a design
welcome-open-detail = A .ron file, or an image exported by Leadflow.
welcome-look = Look around the example
welcome-look-detail = Everything is also in the menus.

## Headline figures (editor, presentation, slides)

headline-customers-by = Customers by { $date }
headline-revenue = Revenue
headline-from-existing = From existing customers
headline-cost = Cost
headline-acquisition-cost = Customer acquisition cost
headline-payback = Payback
headline-payback-none = not in horizon
headline-bottleneck = Bottleneck
headline-bottleneck-none = none

## Slide

slide-made-with = Made with Leadflow
slide-active-customers = Active customers
slide-band-note = median, with the 10–90 % range of the runs
slide-expected-values = expected values
slide-source = { $name } { $leads }/wk{ $season }
slide-no-sources = no lead sources
slide-sources = Sources: { $sources }
slide-monte-carlo = Monte Carlo, { $runs } runs, seed { $seed }
slide-assumptions = { $sources }. { $starting } From { $date }, { $weeks } weeks, { $mode }.{ $measured }
slide-starts-empty = Starts empty.
slide-starts-with = Starts with { $parts }.
slide-start-customers = { $count ->
        [one] { $shown } customer
       *[other] { $shown } customers
    }
slide-start-open-leads = { $count ->
        [one] { $shown } open lead
       *[other] { $shown } open leads
    }
slide-start-in-nurture = { $shown } in nurture

## Stage kinds, sources, tools, models and the palette

stage-kind-funnel-step = Funnel step
stage-kind-flywheel-segment = Flywheel segment
stage-kind-nurture-pool = Nurture pool
stage-kind-customer = Customer
stage-kind-brand-reach = Brand reach
stage-kind-lost = Lost
channel-ads = Ads
channel-seo-content = SEO/content
channel-social = Social
channel-events = Events
channel-cold-list = Cold list
channel-partner = Partner
channel-referral = Referral
channel-other = Other
tool-category-crm = CRM
tool-category-marketing-automation = Marketing automation
tool-category-email = E-mail
tool-category-ads-platform = Ads platform
tool-category-webshop = Webshop
tool-category-social-media = Social media
tool-category-video = Video
tool-category-meeting-booking = Meeting booking
tool-category-e-procurement = E-procurement
tool-category-other = Other
transaction-model-digital-branding = Digital branding
transaction-model-e-commerce = E-commerce
transaction-model-relationship = Relationship model
transaction-model-other = Other (buyer- or market-centric)
shape-funnel = Funnel
shape-flywheel = Flywheel
shape-silo = Sales silo
sales-model-inbound = Inbound
sales-model-outbound = Outbound
sales-model-account-based = Account-based
sales-model-relationship-based = Relationship-based
sales-model-team-selling = Team selling
sales-model-high-volume-low-touch = High-volume low-touch
sales-model-channel = Channel sales
models-line-sales = Sales model: { $model }
new-stage-funnel-step = New step
new-stage-flywheel-segment = New segment
new-stage-nurture-pool = Nurture pool
new-stage-customer = Customers
new-stage-brand-reach = Brand reach
new-stage-lost = Lost
palette-stages = Stages
palette-stages-hint = Drag onto the canvas
palette-stage-tooltip = Drag onto the canvas to add a stage
palette-sources = Sources
palette-sources-hint = Drag onto the stage leads enter
palette-source-tooltip = Drag onto a stage to add a source of leads entering there
palette-roles = Roles
palette-roles-hint = Drag onto a stage to staff it
palette-role-tooltip = { $leads } leads per person per week · { $cost } a month
palette-tools = Tools
palette-tools-hint = Drag onto a stage
palette-tool-tooltip = { $category } · { $cost } a month

## Dates

week-caption = Week { $week } · { $date }

## Design inspector
design-inspector-name = Name
design-inspector-sales-model = Sales model
design-inspector-shape = Shape
design-inspector-currency = Currency
design-inspector-horizon = Horizon
design-inspector-mode = Mode
design-inspector-runs = Runs
design-inspector-seed = Seed
design-inspector-channel = Channel
design-inspector-leads-per-week = Leads per week
design-inspector-cost-per-week = Cost per week
design-inspector-growth-per-month = Growth per month
design-inspector-enters-at = Enters at
design-inspector-design = Design
design-inspector-notes = Notes
design-inspector-lead-sources = Lead sources
design-inspector-remove-source = Remove source
design-inspector-add-source = Add source
design-inspector-transaction-models = Transaction models
design-inspector-simulation = Simulation
design-inspector-season = Season
design-inspector-starts-on = Starts on
design-inspector-start-on-the-monday-of = Start on the Monday of the current week
design-inspector-when-to-choose-this-design = When to choose this design
design-inspector-yyyy-mm-dd = YYYY-MM-DD
design-inspector-not-a-date = not a date
design-inspector-expected-values = Expected values
design-inspector-monte-carlo = Monte Carlo
design-inspector-source-heading = { $name } · { $leads }/wk{ $seasonal ->
        [yes] {" "}· seasonal
       *[no] {""}
    }
design-inspector-new-source = New source
design-inspector-weeks-suffix = {" "}weeks
design-inspector-missing-stage = { $stage } (missing)
design-inspector-this-week = This week

## Stage inspector, fields and season
stage-inspector-name = Name
stage-inspector-conversion = Conversion
stage-inspector-days-in-stage = Days in stage
stage-inspector-drop-outs-go-to = Drop-outs go to
stage-inspector-in-this-stage-today = In this stage today
stage-inspector-of-them-waiting = Of them waiting
stage-inspector-notes = Notes
stage-inspector-roles = Roles
stage-inspector-tools = Tools
stage-inspector-what-the-stage-holds-on = What the stage holds on the design's start date; the simulation starts here
stage-inspector-done-with-the-stage-but = Done with the stage but waiting for a free person (the backlog)
stage-inspector-notes-for-the-meeting = Notes for the meeting
stage-inspector-add-role = Add role…
stage-inspector-lost = Lost
kind-fields-warm-up-per-week = Warm-up per week
kind-fields-warmed-leads-go-to = Warmed leads go to
kind-fields-unsubscribe-per-week = Unsubscribe per week
kind-fields-order-value = Order value
kind-fields-repeat-purchases-per-year = Repeat purchases per year
kind-fields-referrals-per-customer-per-year = Referrals per customer per year
kind-fields-referred-leads-go-to = Referred leads go to
kind-fields-churn-per-year = Churn per year
kind-fields-share-becoming-organic-leads = Share becoming organic leads
kind-fields-delay = Delay
kind-fields-organic-leads-go-to = Organic leads go to
kind-fields-not-modelled = Not modelled
season-flat = Flat
inspector-share-of-converters = Share of converters
inspector-drag-to-move-them-together = Drag to move them together; Delete removes them; Ctrl+D duplicates.
inspector-flow = Flow
inspector-delete-flow = Delete flow
suffix-days = {" "}d
suffix-people = {" "}people
suffix-customers = {" "}customers
suffix-addresses = {" "}addresses
suffix-leads = {" "}leads
stage-inspector-order-value-prefix = Order value:{" "}
stage-inspector-busy = { $percent } busy
stage-inspector-remove-role = Remove { $name }
season-factor-for = Season factor for { $month }
season-average = average ×{ $average } · drag a month's bar
inspector-stages-selected = { $count ->
        [one] { $shown } stage selected
       *[other] { $shown } stages selected
    }

## Canvas
count-thousands = { $value }k
stage-figures-customers = { $customers } customers · +{ $won }/wk
stage-figures-lost = { $lost } lost
stage-figures-working = { $leads } in stage · { $onward }/wk on
stage-tag-bottleneck = Bottleneck · { $waiting } waiting
stage-tag-error = error
stage-tag-changed = changed
stage-tag-measured = measured
stage-tag-partly-measured = partly measured
stage-tag-today = { $count } today
stage-parameters-working = { $conversion } on · { $days } d
stage-parameters-pool = warms { $warm_up }/wk · unsub { $unsubscribe }
stage-parameters-customers = { $order_value } per order
stage-parameters-reach = { $organic } become organic

## Provenance

provenance-days = { $days } d
provenance-per-week = { $leads }/wk
provenance-measured = Measured from { $what ->
        [new-deals] { $count ->
            [one] { $shown } new deal
           *[other] { $shown } new deals
        }
        [stays] { $count ->
            [one] { $shown } stay
           *[other] { $shown } stays
        }
       *[deals] { $count ->
            [one] { $shown } deal
           *[other] { $shown } deals
        }
    }, { $period } · 90 %: { $interval }{ $thin ->
        [yes] {" "}· thin evidence
       *[no] {""}
    }
provenance-assumed = Assumed: typed over the measured { $measured } ({ $interval })
provenance-part-conversions = conversion of { $count ->
        [one] { $shown } stage
       *[other] { $shown } stages
    }
provenance-part-days = days in stage of { $shown }
provenance-part-sources = leads per week of { $count ->
        [one] { $shown } source
       *[other] { $shown } sources
    }
provenance-part-order-value = order value
provenance-note = Measured from CRM data ({ $deals } deals, { $period }): { $parts }; the rest is assumed.

## Plot, levers, scenarios, plan against actual and presentation

plot-leads-grow-without-bound-the = Leads grow without bound: the loop feeds more than it loses
plot-leads-per-stage = Leads per stage
plot-in-nurture = In nurture
plot-customers = Customers
plot-revenue-and-cost = Revenue and cost
plot-where-to-improve = Where to improve
plot-compare-scenarios = Compare scenarios
plot-plan-against-actual = Plan against actual
levers-no-stage-has-a-conversion = No stage has a conversion, a time in stage or a role to change.
levers-what-does-it-take-to = What does it take to win N customers (or revenue R) by week W?
levers-updating = updating…
scenarios-scenarios = Scenarios
scenarios-switch-to = Switch to
scenarios-remove = Remove
scenarios-keeps-this-version-and-goes = Keeps this version and goes on editing a copy with this name
scenarios-e-g-with-silo = e.g. With silo
scenarios-being-edited = being edited
scenarios-the-canvas-marks-what-differs = The canvas marks what differs from
presentation-step-p-play-esc-leave = ← → step · P play · Esc leave
presentation-what-if = What if…
presentation-reset = Reset
presentation-keep-changes-in-the-design = Keep changes in the design
presentation-play-key = P
presentation-overview = Overview
presentation-stage-of = Stage { $step } of { $stages }
presentation-pause = Pause
presentation-play = Play
presentation-customers = Customers
presentation-leads-in-stage = Leads in the stage
presentation-moving-on = Moving on per week
presentation-waiting = Waiting for a free person
presentation-conversion = Conversion
presentation-time-in-stage = Time in stage
presentation-days = { $count ->
        [one] { $shown } day
       *[other] { $shown } days
    }
presentation-people = People
presentation-tools = Tools
presentation-conversion-at = Conversion at { $stage }
presentation-headcount-at = { $role } headcount at { $stage }
presentation-effect = Customers by { $date }: { $before }
presentation-effect-changed = Customers by { $date }: { $before } → { $after } ({ $change })
plot-band-note = median of { $runs } runs, 10–90 % band
plot-active-customers = Active customers
plot-new-customers-per-week = New customers per week
plot-revenue-cumulative = Revenue (cumulative)
plot-existing-cumulative = From existing customers (cumulative)
plot-cost-cumulative = Cost (cumulative)
plot-profit-cumulative = Profit (cumulative)
plot-week-text = { $date } · ISO week { $iso_week } · week { $week } of the plan
levers-band = {" "}({ $low } to { $high })
levers-bar = { $customers }{ $band } customers · { $profit } profit
levers-bar-hint = { $lever } at { $stage }: { $customers }{ $band } customers and { $profit } profit by the horizon. Click to select the stage.
levers-method-monte-carlo = mean of { $runs } Monte Carlo runs, whiskers 10–90 %
levers-header = Each change alone, against the design as it is: customers and profit by { $date } ({ $method })
scenarios-save-as-new = Save as new scenario
scenarios-active-customers = { $scenario }: active customers
plan-actual-note = Deals entering each stage per week: the plan simulated from { $date } (lines) against the CRM (points). `leadflow backtest` measures the fit.
plan-actual-won = Won
