#include "Order.h"

#include <QCoreApplication>

namespace OrderChannel {

QString displayName(const QString &channel)
{
    if (channel == QLatin1String("direct"))
        return QCoreApplication::translate("OrderChannel", "Direct");
    if (channel == QLatin1String("online"))
        return QCoreApplication::translate("OrderChannel", "Online");
    if (channel == QLatin1String("distributor"))
        return QCoreApplication::translate("OrderChannel", "Distributor");
    if (channel == QLatin1String("phone"))
        return QCoreApplication::translate("OrderChannel", "Phone");
    return channel;
}

} // namespace OrderChannel
