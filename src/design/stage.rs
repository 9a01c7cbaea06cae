//! A stage of the process: where leads spend time before they move on or drop out.

use super::evidence::{Evidence, StageEvidence};
use super::ids::{RoleId, StageId, ToolId};
use super::step::ProcessStep;
use serde::{Deserialize, Serialize};

/// A position on the canvas, in scene units (1 unit = 1 logical pixel at 100 % zoom).
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Point {
    /// Rightward.
    pub x: f32,
    /// Downward.
    pub y: f32,
}

impl Point {
    /// A point at `x`, `y`.
    #[must_use]
    pub const fn new(x: f32, y: f32) -> Self {
        Self { x, y }
    }

    /// This point moved by `dx`, `dy`.
    #[must_use]
    pub fn moved(self, dx: f32, dy: f32) -> Self {
        Self::new(self.x + dx, self.y + dy)
    }

    /// The nearest point of a grid of `step` scene units.
    #[must_use]
    pub fn snapped(self, step: f32) -> Self {
        Self::new(
            (self.x / step).round() * step,
            (self.y / step).round() * step,
        )
    }
}

/// Where a stage sends the leads that finish it without converting.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DropOuts {
    /// Out of the process for good.
    Lost,
    /// Kept warm in the named nurture pool (the silo).
    NurturePool(StageId),
}

/// People of one role working a stage.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Staffing {
    /// The role, from the design's catalogue.
    pub role: RoleId,
    /// Full-time equivalents on this stage (may be fractional: 0.5 = half a person).
    pub headcount: f64,
}

/// A nurture pool holds leads without losing them and warms some back each week.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NurturePool {
    /// Share of the pool that warms up and returns each week, 0..1.
    pub warm_up_per_week: f64,
    /// Where warmed-up leads return to.
    pub warm_up_to: StageId,
    /// Share of the pool that unsubscribes (is lost) each week, 0..1.
    pub unsubscribe_per_week: f64,
}

/// Customers: they buy, buy again, refer others and eventually churn.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Customers {
    /// Revenue of one order, in the design's currency.
    pub order_value: f64,
    /// Further orders per customer per year after the first.
    pub repeat_purchases_per_year: f64,
    /// New leads each customer refers per year (the flywheel).
    pub referrals_per_customer_per_year: f64,
    /// Where referred leads enter; none means referrals are not modelled.
    pub referrals_to: Option<StageId>,
    /// Share of customers lost per year, 0..1.
    pub churn_per_year: f64,
}

impl Customers {
    /// Customers who buy once for `order_value` and stay: no repeat orders, referrals or
    /// churn. The plainest customer stage, for migrations and tests to start from.
    #[must_use]
    pub fn buying_once(order_value: f64) -> Self {
        Self {
            order_value,
            repeat_purchases_per_year: 0.0,
            referrals_per_customer_per_year: 0.0,
            referrals_to: None,
            churn_per_year: 0.0,
        }
    }
}

/// Brand reach: people reached by branding are not captured; a small share comes back later
/// on its own as organic leads.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BrandReach {
    /// Share of the people reached who later become organic leads, 0..1.
    pub organic_share: f64,
    /// Days between being reached and arriving as an organic lead.
    pub delay_days: f64,
    /// Where organic leads arrive.
    pub organic_to: StageId,
}

/// What a stage is, with the parameters only that kind has.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum StageKind {
    /// A step of a funnel or a sales process (Qualify, Present, Close, …).
    FunnelStep,
    /// A segment of a flywheel (Attract, Engage, Delight).
    FlywheelSegment,
    /// A silo that keeps leads warm.
    NurturePool(NurturePool),
    /// Where converted leads become customers.
    Customer(Customers),
    /// Reach from digital branding, not captured.
    BrandReach(BrandReach),
    /// An explicit end for leads that leave the process.
    Lost,
}

/// The kind of a stage without its parameters, for palettes, colours and matching.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StageKindTag {
    /// See [`StageKind::FunnelStep`].
    FunnelStep,
    /// See [`StageKind::FlywheelSegment`].
    FlywheelSegment,
    /// See [`StageKind::NurturePool`].
    NurturePool,
    /// See [`StageKind::Customer`].
    Customer,
    /// See [`StageKind::BrandReach`].
    BrandReach,
    /// See [`StageKind::Lost`].
    Lost,
}

impl StageKindTag {
    /// Every kind, in palette order.
    pub const ALL: [Self; 6] = [
        Self::FunnelStep,
        Self::FlywheelSegment,
        Self::NurturePool,
        Self::Customer,
        Self::BrandReach,
        Self::Lost,
    ];

    /// The name shown to users.
    #[must_use]
    pub fn label(self, language: crate::i18n::Language) -> String {
        crate::i18n::text_in(language, self.message_id())
    }

    /// The message of its label.
    pub(crate) fn message_id(self) -> &'static str {
        match self {
            Self::FunnelStep => "stage-kind-funnel-step",
            Self::FlywheelSegment => "stage-kind-flywheel-segment",
            Self::NurturePool => "stage-kind-nurture-pool",
            Self::Customer => "stage-kind-customer",
            Self::BrandReach => "stage-kind-brand-reach",
            Self::Lost => "stage-kind-lost",
        }
    }
}

impl StageKind {
    /// The kind without its parameters.
    #[must_use]
    pub fn tag(&self) -> StageKindTag {
        match self {
            Self::FunnelStep => StageKindTag::FunnelStep,
            Self::FlywheelSegment => StageKindTag::FlywheelSegment,
            Self::NurturePool(_) => StageKindTag::NurturePool,
            Self::Customer(_) => StageKindTag::Customer,
            Self::BrandReach(_) => StageKindTag::BrandReach,
            Self::Lost => StageKindTag::Lost,
        }
    }

    /// Whether leads work through this stage with a conversion rate and a time in stage.
    #[must_use]
    pub fn is_working_stage(&self) -> bool {
        matches!(self, Self::FunnelStep | Self::FlywheelSegment)
    }
}

/// A step of the process.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stage {
    /// Display name (Qualify, Present, …).
    pub name: String,
    /// What the stage is, with kind-specific parameters.
    pub kind: StageKind,
    /// The step of the sales process it plays (Qualify, Upsell, …), if one: what advice keys
    /// on, whatever the stage is called.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub step: Option<ProcessStep>,
    /// Centre of the stage on the canvas.
    pub position: Point,
    /// Share of finishing leads that move on, 0..1 (working stages only).
    pub conversion: f64,
    /// Average days a lead spends in the stage (exponential residence), > 0.
    pub days_in_stage: f64,
    /// Where non-converting leads go.
    pub drop_outs: DropOuts,
    /// What is in the stage on the start date, ≥ 0: open leads or deals (working stages),
    /// addresses (nurture pool), people reached (brand reach) or active customers (customer
    /// stage). Monte Carlo starts from the nearest whole number.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub in_stage_today: f64,
    /// Of `in_stage_today` in a working stage, those done with the stage but waiting for a
    /// free person (its backlog), ≥ 0 and at most `in_stage_today`.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub waiting_today: f64,
    /// Who works the stage; with nobody, capacity is unlimited.
    #[serde(default)]
    pub roles: Vec<Staffing>,
    /// Tools the stage uses, from the design's catalogue.
    #[serde(default)]
    pub tools: Vec<ToolId>,
    /// Free text for the meeting.
    #[serde(default)]
    pub notes: String,
    /// Which of its figures were measured from a CRM export, and from what.
    #[serde(default, skip_serializing_if = "StageEvidence::is_empty")]
    pub measured: StageEvidence,
}

impl Stage {
    /// A funnel step with neutral defaults, for the palette and tests.
    #[must_use]
    pub fn new(name: impl Into<String>, kind: StageKind, position: Point) -> Self {
        Self {
            name: name.into(),
            kind,
            step: None,
            position,
            conversion: 0.5,
            days_in_stage: 7.0,
            drop_outs: DropOuts::Lost,
            in_stage_today: 0.0,
            waiting_today: 0.0,
            roles: Vec::new(),
            tools: Vec::new(),
            notes: String::new(),
            measured: StageEvidence::default(),
        }
    }

    /// The evidence of the conversion, while it stands as measured (see [`Evidence::stands_for`]).
    #[must_use]
    pub fn measured_conversion(&self) -> Option<&Evidence> {
        self.measured
            .conversion
            .as_ref()
            .filter(|evidence| evidence.stands_for(self.conversion))
    }

    /// The evidence of the days in stage, while they stand as measured.
    #[must_use]
    pub fn measured_days(&self) -> Option<&Evidence> {
        self.measured
            .days_in_stage
            .as_ref()
            .filter(|evidence| evidence.stands_for(self.days_in_stage))
    }

    /// The evidence of a customer stage's order value, while it stands as measured.
    #[must_use]
    pub fn measured_order_value(&self) -> Option<&Evidence> {
        let StageKind::Customer(customers) = &self.kind else {
            return None;
        };
        self.measured
            .order_value
            .as_ref()
            .filter(|evidence| evidence.stands_for(customers.order_value))
    }
}

/// Whether a count is exactly zero: such counts are left out of the file.
#[expect(
    clippy::trivially_copy_pass_by_ref,
    reason = "serde's skip_serializing_if passes a reference"
)]
fn is_zero(value: &f64) -> bool {
    *value == 0.0
}
