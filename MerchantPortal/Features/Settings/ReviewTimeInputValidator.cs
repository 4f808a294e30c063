using System.Globalization;
using System.Linq.Expressions;
using FluentValidation;
using MerchantPortal.Resources;

namespace MerchantPortal.Features.Settings;

public sealed class ReviewTimeInputValidator : AbstractValidator<ReviewTimeInput>
{
    public const int MinHours = 1;
    // Six working weeks: beyond that an SLA no longer says anything.
    public const int MaxHours = 240;
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    public ReviewTimeInputValidator()
    {
        RuleFor(i => i.SlaWorkingHours).InclusiveBetween(MinHours, MaxHours)
            .WithMessage(_ => SettingsMessages.Between(SettingsText.SlaWorkingHours, MinHours, MaxHours));
        Dates(i => i.PublicHolidays, () => SettingsText.PublicHolidays);
        Dates(i => i.MakeUpWorkdays, () => SettingsText.MakeUpWorkdays);
        RuleFor(i => i.MakeUpWorkdays)
            .Must(days => days.All(IsWeekend))
            .WithMessage((_, days) => Say(SettingsText.MakeUpNotWeekend, Format(days.First(d => !IsWeekend(d)))))
            .Must((i, days) => !days.Intersect(i.PublicHolidays).Any())
            .WithMessage((i, days) => Say(SettingsText.DateInBothLists, Format(days.Intersect(i.PublicHolidays).First())));
    }

    public static string Format(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool IsWeekend(DateOnly day) => day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private static bool InYears(DateOnly day) => day.Year is >= FirstYear and <= LastYear;

    private static string Say(string format, params object[] args) => string.Format(CultureInfo.CurrentCulture, format, args);

    // Whole-list rules, each naming the first date at fault, so the section's one message says which date to fix.
    private void Dates(Expression<Func<ReviewTimeInput, List<DateOnly>>> list, Func<string> name) =>
        RuleFor(list)
            .Must(days => days.Distinct().Count() == days.Count)
            .WithMessage((_, days) => Say(SettingsText.DateListedTwice, name(), Format(days.GroupBy(d => d).First(g => g.Count() > 1).Key)))
            .Must(days => days.All(InYears))
            .WithMessage((_, days) => Say(SettingsText.DateOutOfRange, Format(days.First(d => !InYears(d))), FirstYear, LastYear));
}
