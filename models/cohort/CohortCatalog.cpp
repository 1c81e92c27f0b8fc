#include "CohortCatalog.h"

namespace novamind::cohort::catalog {

namespace {

// Given names mix languages (and diacritics, which search and sorting must handle); family names are
// invented compounds so that no record reads like a real person.
constexpr const char16_t *kFemale[] = {u"Ada",   u"Zoë",      u"Chloé", u"Maren", u"Anaïs",      u"Ingrid",
                                       u"Priya", u"Amara",    u"Renée", u"Hana",  u"Małgorzata", u"Noémie",
                                       u"Leila", u"Rosalind", u"Yuki",  u"Freya"};
constexpr const char16_t *kMale[] = {u"Björn",  u"José", u"Søren", u"Tariq", u"Mateo",  u"Jürgen", u"Kofi",  u"Ravi",
                                     u"Zoltán", u"Emil", u"Felix", u"Oskar", u"Dmitri", u"Hugo",   u"Kenji", u"Idris"};
constexpr const char16_t *kOther[] = {u"Alex", u"Robin", u"Sasha", u"Kai", u"River", u"Quinn", u"Noa", u"Ariel"};
constexpr const char16_t *kPrefixes[] = {u"Quill",   u"Brim",  u"Sorrel", u"Fenn",   u"Tarrow", u"Vell",  u"Marrow",
                                         u"Thistle", u"Oaken", u"Pell",   u"Corvel", u"Daven",  u"Ember", u"Garrow",
                                         u"Hollin",  u"Kest",  u"Larkin", u"Østre",  u"Nettle", u"Wrenna"};
constexpr const char16_t *kSuffixes[] = {u"wick",  u"dale",  u"brook", u"more", u"field", u"holt",
                                         u"stone", u"haven", u"ridge", u"gård", u"combe", u"thorn"};

constexpr DiagnosisInfo kPrimary[] = {
    {u"F32.1", u"Moderate depressive episode", u"moderate", Condition::Depression, 0.55, 0.40},
    {u"F32.1", u"Moderate depressive episode", u"moderate", Condition::Depression, 0.55, 0.40},
    {u"F32.2", u"Severe depressive episode without psychotic symptoms", u"severe", Condition::Depression, 0.72, 0.48},
    {u"F32.0", u"Mild depressive episode", u"mild", Condition::Depression, 0.40, 0.30},
    {u"F33.1", u"Recurrent depressive disorder, current episode moderate", u"moderate", Condition::Depression, 0.56,
     0.42},
    {u"F33.1", u"Recurrent depressive disorder, current episode moderate", u"moderate", Condition::Depression, 0.56,
     0.42},
    {u"F33.2", u"Recurrent depressive disorder, current episode severe without psychotic symptoms", u"severe",
     Condition::Depression, 0.74, 0.50},
    {u"F41.1", u"Generalized anxiety disorder", u"", Condition::Anxiety, 0.38, 0.66},
    {u"F41.1", u"Generalized anxiety disorder", u"", Condition::Anxiety, 0.38, 0.66},
    {u"F43.1", u"Post-traumatic stress disorder", u"", Condition::Ptsd, 0.50, 0.62},
    {u"F31.3", u"Bipolar affective disorder, current episode mild or moderate depression", u"moderate",
     Condition::Bipolar, 0.58, 0.42},
    {u"F20.0", u"Paranoid schizophrenia", u"", Condition::Psychosis, 0.36, 0.38},
};

constexpr DiagnosisInfo kSecondary[] = {
    {u"F41.1", u"Generalized anxiety disorder", u"", Condition::Anxiety, 0, 0},
    {u"F41.0", u"Panic disorder [episodic paroxysmal anxiety]", u"", Condition::Anxiety, 0, 0},
    {u"F10.1", u"Mental and behavioural disorders due to use of alcohol: harmful use", u"", Condition::Alcohol, 0, 0},
    {u"F10.2", u"Mental and behavioural disorders due to use of alcohol: dependence syndrome", u"", Condition::Alcohol,
     0, 0},
    {u"F43.1", u"Post-traumatic stress disorder", u"", Condition::Ptsd, 0, 0},
    {u"F51.0", u"Nonorganic insomnia", u"", Condition::Depression, 0, 0},
};

// Effects are coarse teaching values for a demo twin, not pharmacology.
constexpr DrugInfo kSertraline{u"sertraline", u"36437", {50, 100, 150}, u"once daily", {0.60, 0.05, 0, 0, 0, 0}};
constexpr DrugInfo kEscitalopram{u"escitalopram", u"321988", {10, 15, 20}, u"once daily", {0.65, 0, 0, 0, 0, 0}};
constexpr DrugInfo kFluoxetine{u"fluoxetine", u"4493", {20, 40, 60}, u"once daily", {0.55, 0, 0.05, 0, 0, 0}};
constexpr DrugInfo kVenlafaxine{u"venlafaxine", u"39786", {75, 150, 225}, u"once daily", {0.50, 0, 0.40, 0, 0, 0}};
constexpr DrugInfo kBupropion{u"bupropion", u"42347", {150, 300, 300}, u"once daily", {0, 0.35, 0.35, 0, 0, 0}};
constexpr DrugInfo kMirtazapine{
    u"mirtazapine", u"15996", {15, 30, 45}, u"once daily at night", {0.20, 0, 0.30, 0, 0, -0.05}};
constexpr DrugInfo kQuetiapine{
    u"quetiapine", u"51272", {50, 150, 300}, u"once daily at night", {0.10, -0.25, 0.10, 0.05, 0, -0.10}};
constexpr DrugInfo kLithium{
    u"lithium carbonate", u"42351", {600, 900, 1200}, u"twice daily", {0.15, -0.10, 0, 0.10, -0.20, 0}};
constexpr DrugInfo kAripiprazole{u"aripiprazole", u"89013", {5, 10, 15}, u"once daily", {0.10, -0.10, 0, 0, 0, 0}};
constexpr DrugInfo kLamotrigine{u"lamotrigine", u"28439", {100, 200, 200}, u"once daily", {0.05, 0, 0, 0.05, -0.25, 0}};

constexpr const DrugInfo *kDepression[] = {&kSertraline, &kEscitalopram, &kVenlafaxine,
                                           &kBupropion,  &kMirtazapine,  &kFluoxetine};
constexpr const DrugInfo *kAnxiety[] = {&kEscitalopram, &kSertraline, &kVenlafaxine, &kFluoxetine};
constexpr const DrugInfo *kPtsd[] = {&kSertraline, &kFluoxetine, &kVenlafaxine, &kMirtazapine};
constexpr const DrugInfo *kBipolar[] = {&kLithium, &kLamotrigine, &kQuetiapine, &kAripiprazole};
constexpr const DrugInfo *kPsychosis[] = {&kAripiprazole, &kQuetiapine, &kSertraline};

} // namespace

std::span<const char16_t *const> givenNames(QStringView sex)
{
    if (sex == u"female")
        return kFemale;
    if (sex == u"male")
        return kMale;
    return kOther;
}

std::span<const char16_t *const> familyPrefixes()
{
    return kPrefixes;
}

std::span<const char16_t *const> familySuffixes()
{
    return kSuffixes;
}

std::span<const DiagnosisInfo> primaryDiagnoses()
{
    return kPrimary;
}

std::span<const DiagnosisInfo> secondaryDiagnoses()
{
    return kSecondary;
}

std::span<const DrugInfo *const> drugsFor(Condition condition)
{
    switch (condition) {
    case Condition::Anxiety:
        return kAnxiety;
    case Condition::Ptsd:
        return kPtsd;
    case Condition::Bipolar:
        return kBipolar;
    case Condition::Psychosis:
        return kPsychosis;
    case Condition::Depression:
    case Condition::Alcohol:
        break;
    }
    return kDepression;
}

} // namespace novamind::cohort::catalog
