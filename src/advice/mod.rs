//! Advice on a design: where to improve it. Pure, like the simulation it is built on.

pub mod goal;
pub mod levers;
