using FluentValidation;
using MerchantPortal.Resources;

namespace MerchantPortal.Features.Dashboard;

/// <summary>A period that runs forwards and spans at most a year, and a platform code that could be one.</summary>
public sealed class DashboardFilterValidator : AbstractValidator<DashboardFilter>
{
    public DashboardFilterValidator()
    {
        RuleFor(f => f.To).GreaterThanOrEqualTo(f => f.From).WithMessage(_ => DashboardText.PeriodBackwards);
        RuleFor(f => f.Days).LessThanOrEqualTo(DashboardFilter.MaxDays).WithMessage(_ => string.Format(DashboardText.PeriodTooLong, DashboardFilter.MaxDays));
        RuleFor(f => f.Platform).Matches("^[a-z0-9]{2,32}$").When(f => f.Platform is not null).WithMessage(_ => DashboardText.PlatformUnknown);
    }
}
