#pragma once

#include <QStringView>

namespace nbapply::validation
{

// The 34 province-level prefixes of GB/T 2260 (11 北京 … 65 新疆, 71 台湾, 81 香港, 82 澳门). Old division
// codes stay valid for the life of a credit code, so only the province part is checked.
bool isProvincePrefix(QStringView twoDigits);
// The 31 provinces of mainland China (11–65): the first two digits of a mainland ID number.
bool isMainlandProvincePrefix(QStringView twoDigits);

} // namespace nbapply::validation
