//! The steps of a sales process that docs/domain.md §3 names (Prospect, Qualify, Upsell, …):
//! what a stage is for, whatever it is called. Advice rules and the wizard key on the step,
//! never on the display name, so a stage renamed "Kvalificera" is still Qualify.

use serde::{Deserialize, Serialize};

/// A named step of a sales process.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum ProcessStep {
    /// Outbound: finding people who fit the buyer profile.
    Prospect,
    /// Outbound: the first touch.
    MakeContact,
    /// Deciding whether a lead is worth a rep's time; where inbound starts.
    Qualify,
    /// Team selling: analysts and the rep study the account.
    Research,
    /// The offer is presented.
    Present,
    /// The deal is won or lost.
    Close,
    /// Relationship-based: the first call after the sale.
    FirstCheckIn,
    /// Relationship-based: selling more to a customer.
    Upsell,
    /// Account-based: choosing the account.
    IdentifyTargetAccount,
    /// Account-based: everyone at the account who influences the decision.
    BuildStakeholderList,
    /// Account-based: the plan for the account.
    CompileInitialStrategy,
    /// E-commerce: the page where the conversion happens.
    LandingPage,
}

impl ProcessStep {
    /// Every step, in the order a process meets them.
    pub const ALL: [Self; 12] = [
        Self::IdentifyTargetAccount,
        Self::BuildStakeholderList,
        Self::CompileInitialStrategy,
        Self::LandingPage,
        Self::Prospect,
        Self::MakeContact,
        Self::Qualify,
        Self::Research,
        Self::Present,
        Self::Close,
        Self::FirstCheckIn,
        Self::Upsell,
    ];

    /// The step's name in the current language, the default name of a stage playing it.
    #[must_use]
    pub fn label(self, language: crate::i18n::Language) -> String {
        crate::i18n::text_in(language, self.message_id())
    }

    /// The message naming the step.
    #[must_use]
    pub fn message_id(self) -> &'static str {
        match self {
            Self::Prospect => "step-prospect",
            Self::MakeContact => "step-make-contact",
            Self::Qualify => "step-qualify",
            Self::Research => "step-research",
            Self::Present => "step-present",
            Self::Close => "step-close",
            Self::FirstCheckIn => "step-first-check-in",
            Self::Upsell => "step-upsell",
            Self::IdentifyTargetAccount => "step-identify-target-account",
            Self::BuildStakeholderList => "step-build-stakeholder-list",
            Self::CompileInitialStrategy => "step-compile-initial-strategy",
            Self::LandingPage => "step-landing-page",
        }
    }

    /// The English name practitioners give the step: what ids and files of format 0 and 1 use.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::Prospect => "Prospect",
            Self::MakeContact => "Make contact",
            Self::Qualify => "Qualify",
            Self::Research => "Research",
            Self::Present => "Present",
            Self::Close => "Close",
            Self::FirstCheckIn => "First check-in",
            Self::Upsell => "Upsell",
            Self::IdentifyTargetAccount => "Identify target account",
            Self::BuildStakeholderList => "Build stakeholder list",
            Self::CompileInitialStrategy => "Compile initial strategy",
            Self::LandingPage => "Landing page",
        }
    }

    /// The step a stage of a file written before steps were recorded plays, read from its
    /// English name (files of format 0 and 1 knew no other names); none for other names.
    #[must_use]
    pub fn from_english_name(name: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|step| step.name().eq_ignore_ascii_case(name.trim()))
    }
}

#[cfg(test)]
mod tests {
    use super::ProcessStep;

    #[test]
    fn old_files_name_their_steps_in_english() {
        for step in ProcessStep::ALL {
            assert_eq!(ProcessStep::from_english_name(step.name()), Some(step));
        }
        assert_eq!(
            ProcessStep::from_english_name("make CONTACT "),
            Some(ProcessStep::MakeContact)
        );
        assert_eq!(ProcessStep::from_english_name("Kvalificera"), None);
    }
}
