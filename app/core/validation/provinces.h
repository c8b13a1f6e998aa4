#pragma once

#include <QStringView>

namespace nbapply::validation
{

// The 31 province-level divisions of mainland China in GB/T 2260 (11 北京 … 65 新疆): the first two digits
// of a mainland ID number and of the division in a credit code. Taiwan, Hong Kong and Macao (71, 81, 82)
// are not among them: no mainland registry or ID office uses them.
bool isMainlandProvincePrefix(QStringView twoDigits);

} // namespace nbapply::validation
