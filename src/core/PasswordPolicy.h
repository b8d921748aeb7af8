#pragma once

#include <QString>

#include <optional>

// Stronger passwords (issue #17 item 5): a password the administrator's policy refuses, and why.
// Besides the minimum length, a password is refused when it is one of the passwords tried first
// by anyone guessing: a common word or name with digits or symbols around it (also written with
// 0 for o, @ for a …), a run of one character, a sequence (12345678, abcdefgh, 87654321), a
// keyboard walk (qwertyui, 1qaz2wsx, asdfghjk), a short pattern repeated (abcabcabc, 12121212),
// only digits (dates, phone numbers), or the login with digits or symbols around it. The word list is our own, small and
// compiled in (PasswordPolicy.cpp); it is no substitute for length.
namespace ar::passwords {

constexpr int kDefaultMinLength = 8;
constexpr int kMinMinLength = 8;
constexpr int kMaxMinLength = 64;

// The reason (translated, for people) why this password is refused, or nullopt if it is fine.
std::optional<QString> weakness(const QString& password, int minLength, const QString& login = {});

} // namespace ar::passwords
