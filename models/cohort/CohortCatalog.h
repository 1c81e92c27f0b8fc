#pragma once
// CohortCatalog: the synthetic names, ICD-10 diagnoses and psychiatric medications the demo cohort draws from.

#include <QStringView>
#include <span>

namespace novamind::cohort {

enum class Condition
{
    Depression,
    Anxiety,
    Ptsd,
    Bipolar,
    Psychosis,
    Alcohol,
};

struct DiagnosisInfo
{
    const char16_t *code;
    const char16_t *display;  // ICD-10 (WHO) title
    const char16_t *severity; // "" when the code carries none
    Condition condition;
    double depression; // typical untreated severity, fraction of the PHQ-9 maximum
    double anxiety;    // same for GAD-7
};

// Relative change of each neurotransmitter at steady state on a full dose (0.6 = +60 %).
struct DrugEffect
{
    double serotonin = 0, dopamine = 0, norepinephrine = 0, gaba = 0, glutamate = 0, acetylcholine = 0;
};

struct DrugInfo
{
    const char16_t *name;
    const char16_t *rxnorm; // RxNorm ingredient RXCUI
    int doses[3];           // usual daily doses in mg, low to high
    const char16_t *frequency;
    DrugEffect effect;
};

namespace catalog {

std::span<const char16_t *const> givenNames(QStringView sex); // female / male / other
std::span<const char16_t *const> familyPrefixes();
std::span<const char16_t *const> familySuffixes();

std::span<const DiagnosisInfo> primaryDiagnoses(); // weighted by repetition
std::span<const DiagnosisInfo> secondaryDiagnoses();
// First-line medications in the usual order of trial for a condition; never empty.
std::span<const DrugInfo *const> drugsFor(Condition condition);

} // namespace catalog
} // namespace novamind::cohort
