//! Plot cases: the figures a program drew, compared by what they show (kinds, labels, data,
//! colors), never by pixels. Differences are said in words a learner can act on.
use super::compare::floats_match;
use crate::exercise::{ArtistFile, AxesFile, Check, FigureFile};
use crate::sandbox::{Artist, Axes, Figure};

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The first difference between the expected figures and those drawn, or None.
pub fn differs(check: &Check, expected: &[FigureFile], got: &[Figure]) -> Option<String> {
    let mut check = check.clone();
    if check.float_abs.is_none() && check.float_rel.is_none() {
        check.float_rel = Some(1e-9);
    }
    if got.len() < expected.len() {
        return Some(if got.is_empty() {
            "the program drew no figure: plot with matplotlib.pyplot, and leave the figure open (do not call plt.close())".into()
        } else {
            format!(
                "the program drew {}, expected {}",
                plural(got.len(), "figure", "figures"),
                expected.len()
            )
        });
    }
    if got.len() > expected.len() {
        return Some(format!(
            "the program drew {}, expected {}: reuse one figure, or close those you do not need",
            plural(got.len(), "figure", "figures"),
            expected.len()
        ));
    }
    for (i, (e, g)) in expected.iter().zip(got).enumerate() {
        let place = if expected.len() > 1 {
            format!("figure {}: ", i + 1)
        } else {
            String::new()
        };
        if let Some(title) = &e.title
            && *title != g.title
        {
            return Some(format!(
                "{place}the figure title is {:?}, expected {title:?}",
                g.title
            ));
        }
        if !e.axes.is_empty() && e.axes.len() != g.axes.len() {
            return Some(format!(
                "{place}the figure has {}, expected {}",
                plural(g.axes.len(), "chart (axes)", "charts (axes)"),
                e.axes.len()
            ));
        }
        for (j, (ea, ga)) in e.axes.iter().zip(&g.axes).enumerate() {
            let place = if e.axes.len() > 1 {
                format!("{place}chart {}: ", j + 1)
            } else {
                place.clone()
            };
            if let Some(why) = axes_differ(&check, ea, ga) {
                return Some(format!("{place}{why}"));
            }
        }
    }
    None
}

fn text_differs(what: &str, expected: &Option<String>, got: &str) -> Option<String> {
    let expected = expected.as_ref()?;
    (expected != got).then(|| {
        if got.is_empty() {
            format!("the {what} is missing, expected {expected:?}")
        } else {
            format!("the {what} is {got:?}, expected {expected:?}")
        }
    })
}

fn list_differs(what: &str, expected: &Option<Vec<String>>, got: &[String]) -> Option<String> {
    let expected = expected.as_ref()?;
    (expected.as_slice() != got).then(|| format!("the {what} are {got:?}, expected {expected:?}"))
}

fn axes_differ(check: &Check, e: &AxesFile, g: &Axes) -> Option<String> {
    text_differs("title", &e.title, &g.title)
        .or_else(|| text_differs("x-axis label", &e.xlabel, &g.xlabel))
        .or_else(|| text_differs("y-axis label", &e.ylabel, &g.ylabel))
        .or_else(|| list_differs("x tick labels", &e.xticklabels, &g.xticklabels))
        .or_else(|| list_differs("y tick labels", &e.yticklabels, &g.yticklabels))
        .or_else(|| {
            let legend = e.legend.as_ref()?;
            if g.legend.is_empty() && !legend.is_empty() {
                return Some("the chart has no legend: call plt.legend() (or ax.legend()) after plotting labelled series".into());
            }
            list_differs("legend entries", &e.legend, &g.legend)
        })
        .or_else(|| artists_differ(check, &e.artists, &g.artists))
}

fn kind_words(kind: &str) -> (&'static str, &'static str) {
    match kind {
        "line" => ("line", "lines"),
        "bar" | "barh" => ("bar series", "bar series"),
        _ => ("scatter series", "scatter series"),
    }
}

fn point_words(kind: &str) -> (&'static str, &'static str) {
    match kind {
        "bar" | "barh" => ("bar", "bars"),
        _ => ("point", "points"),
    }
}

fn artists_differ(check: &Check, expected: &[ArtistFile], got: &[Artist]) -> Option<String> {
    // Series are matched in drawing order within each kind.
    let mut kinds: Vec<&str> = expected.iter().map(|a| a.kind.name()).collect();
    kinds.dedup();
    for kind in kinds {
        let want: Vec<&ArtistFile> = expected.iter().filter(|a| a.kind.name() == kind).collect();
        let have: Vec<&Artist> = got.iter().filter(|a| a.kind == kind).collect();
        let (one, many) = kind_words(kind);
        if have.len() < want.len() {
            let missing = want.len() - have.len();
            return Some(format!(
                "{} missing: expected {}, the chart has {}",
                plural(missing, one, many),
                want.len(),
                have.len()
            ));
        }
        if have.len() > want.len() {
            return Some(format!(
                "{} too many: expected {}, the chart has {}",
                plural(have.len() - want.len(), one, many),
                want.len(),
                have.len()
            ));
        }
        for (index, (w, h)) in want.iter().zip(&have).enumerate() {
            let name = if h.label.is_empty() || h.label.starts_with('_') {
                format!("{one} {}", index + 1)
            } else {
                format!("{one} '{}'", h.label)
            };
            if let Some(label) = &w.label
                && *label != h.label
            {
                return Some(format!(
                    "{} {} has the label {:?}, expected {label:?}",
                    one,
                    index + 1,
                    if h.label.starts_with('_') {
                        ""
                    } else {
                        &h.label
                    }
                ));
            }
            for (axis, want_values, have_values) in [("x", &w.x, &h.x), ("y", &w.y, &h.y)] {
                let Some(want_values) = want_values else {
                    continue;
                };
                let (p1, pn) = point_words(kind);
                if have_values.len() != want_values.len() {
                    let (n, more) = if have_values.len() < want_values.len() {
                        (want_values.len() - have_values.len(), "missing")
                    } else {
                        (have_values.len() - want_values.len(), "too many")
                    };
                    return Some(format!("{name}: {} {more}", plural(n, p1, pn)));
                }
                for (k, (wv, hv)) in want_values.iter().zip(have_values.iter()).enumerate() {
                    let same = hv.as_f64().is_some_and(|h| floats_match(check, *wv, h));
                    if !same {
                        return Some(format!(
                            "{name}: {axis} of {p1} {} is {hv}, expected {wv}",
                            k + 1
                        ));
                    }
                }
            }
            if let Some(color) = &w.color
                && h.color.as_deref().map(str::to_lowercase) != Some(color.to_lowercase())
            {
                return Some(format!(
                    "{name}: the color is {}, expected {color}",
                    h.color.as_deref().unwrap_or("none")
                ));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercise::ArtistKind;
    use serde_json::json;

    fn drawn() -> Vec<Figure> {
        vec![Figure {
            title: String::new(),
            axes: vec![Axes {
                title: "Monthly sales".into(),
                xlabel: "month".into(),
                ylabel: "EUR".into(),
                xticklabels: vec!["Jan".into(), "Feb".into()],
                yticklabels: vec![],
                legend: vec![],
                artists: vec![Artist {
                    kind: "bar".into(),
                    label: "2025".into(),
                    x: vec![json!(0.0), json!(1.0)],
                    y: vec![json!(10.0), json!(12.5)],
                    color: Some("#1f77b4".into()),
                }],
            }],
        }]
    }

    fn expected(axes: AxesFile) -> Vec<FigureFile> {
        vec![FigureFile {
            title: None,
            axes: vec![axes],
        }]
    }

    #[test]
    fn differences_are_said_in_words() {
        let check = Check::default();
        let ok = AxesFile {
            title: Some("Monthly sales".into()),
            artists: vec![ArtistFile {
                kind: ArtistKind::Bar,
                label: Some("2025".into()),
                x: None,
                y: Some(vec![10.0, 12.5]),
                color: Some("#1F77B4".into()),
            }],
            ..AxesFile::default()
        };
        assert_eq!(differs(&check, &expected(ok.clone()), &drawn()), None);

        let label = AxesFile {
            xlabel: Some("Month".into()),
            ..ok.clone()
        };
        assert_eq!(
            differs(&check, &expected(label), &drawn()).unwrap(),
            "the x-axis label is \"month\", expected \"Month\""
        );
        let mut more = ok.clone();
        more.artists[0].y = Some(vec![10.0, 12.5, 3.0, 4.0]);
        assert_eq!(
            differs(&check, &expected(more), &drawn()).unwrap(),
            "bar series '2025': 2 bars missing"
        );
        let mut value = ok.clone();
        value.artists[0].y = Some(vec![10.0, 13.0]);
        assert!(
            differs(&check, &expected(value), &drawn())
                .unwrap()
                .contains("y of bar 2 is 12.5, expected 13")
        );
        let legend = AxesFile {
            legend: Some(vec!["2025".into()]),
            ..ok.clone()
        };
        assert!(
            differs(&check, &expected(legend), &drawn())
                .unwrap()
                .contains("no legend")
        );
        let mut lines = ok;
        lines.artists[0].kind = ArtistKind::Line;
        assert!(
            differs(&check, &expected(lines), &drawn())
                .unwrap()
                .starts_with("1 line missing")
        );
        assert!(
            differs(&check, &expected(AxesFile::default()), &[])
                .unwrap()
                .contains("no figure")
        );
    }
}
