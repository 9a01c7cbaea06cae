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

## Dates

week-caption = Week { $week } · { $date }
