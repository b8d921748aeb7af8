#pragma once

#include "Person.h"

#include <QDate>
#include <QString>

namespace ar {

// The outcome of checking one value: the normalised value to store, or an error message
// (translated, naming the field and the value), plus warnings that do not refuse the value.
struct FieldCheck
{
    bool valid = false;
    QString normalized;
    QString error;
    QString warning;
};

struct IdNumberCheck : FieldCheck
{
    bool legacy15 = false; // a first-generation 15-digit number
    QDate birthDate;
    Gender gender = Gender::Unknown;
};

// Mainland resident ID per GB 11643-1999: province code, a real birth date (not in the
// future, not before 1900), ISO 7064 MOD 11-2 check digit. 15-digit numbers (born 19YY, no
// check digit) are accepted and flagged as legacy. Full-width digits, spaces and a lower-case
// x are normalised. `today` bounds the birth date.
IdNumberCheck checkMainlandId(const QString& raw, const QDate& today);

// The MOD 11-2 check character for the first 17 digits.
QChar mainlandIdCheckChar(const QString& first17);

// 统一社会信用代码 per GB 32100-2015: 18 characters of 0-9 and the capitals without I, O, Z, S,
// V; the last is the check character: weights 3^i mod 31 over the first 17, value 31 - (sum mod
// 31), 31 → 0. Spaces, full-width characters and lower case are normalised.
IdNumberCheck checkCreditCode(const QString& raw);
// The check character for the first 17 characters (each of the charset); a null QChar if one is not.
QChar creditCodeCheckChar(const QString& first17);

// Any document number: for mainland IDs checkMainlandId(), for the others letters, digits,
// '-' and '(' ')' of reasonable length.
IdNumberCheck checkIdNumber(IdType type, const QString& raw, const QDate& today);

// A contact phone: mainland mobile (11 digits, 1[3-9]…; an unknown number range is a warning),
// a landline with area code (0xx-xxxxxxxx, optional extension) or a short service number.
// "+86"/"0086" prefixes, spaces, dashes and full-width digits are normalised away for mobiles.
FieldCheck checkPhone(const QString& raw);

// A person's name: not empty, no digits, at most 50 characters.
FieldCheck checkName(const QString& raw);
// An organisation's name (a company owning or renting a room): not empty, at most 100
// characters, digits allowed, no control characters, not starting like a spreadsheet formula.
FieldCheck checkOrganisationName(const QString& raw);

// The gender must agree with the ID number where the number tells it.
QString genderMismatch(Gender declared, const IdNumberCheck& id);

} // namespace ar
