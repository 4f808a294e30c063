using MerchantPortal.Domain.Platforms;
using MerchantPortal.Domain.Review;
using MerchantPortal.Domain.Settings;

namespace MerchantPortal.Features.Review;

/// <summary>The review's settings in the settings store, with the values a new installation starts with.</summary>
public static class ReviewSettings
{
    public static readonly SettingDefinition<int> SlaWorkingHours = new("Review.SlaWorkingHours", 24);

    public static readonly SettingDefinition<List<DateOnly>> PublicHolidays = new("Calendar.PublicHolidays", [.. OfficialHolidays.DaysOff]);

    public static readonly SettingDefinition<List<DateOnly>> MakeUpWorkdays = new("Calendar.MakeUpWorkdays", [.. OfficialHolidays.MakeUpWorkdays]);

    public static readonly SettingDefinition<List<RejectionReason>> RejectionReasons = new("Review.RejectionReasons",
    [
        new("Illegible", new LocalizedText("图片模糊或不完整，无法辨认", "Blurred or incomplete, cannot be read")),
        new("Expired", new LocalizedText("证件已过期", "The document has expired")),
        new("Mismatch", new LocalizedText("与填写的信息不一致", "Does not match the details entered")),
        new("WrongDocument", new LocalizedText("上传的不是所需材料", "Not the document asked for")),
        new("SealMissing", new LocalizedText("缺少公章或签字", "Company seal or signature missing")),
        new("Altered", new LocalizedText("疑似经过修改", "Appears to have been altered")),
        new("Other", new LocalizedText("其他原因（见说明）", "Other (see the explanation)"), RequiresExplanation: true),
    ]);

    /// <summary>Each code's text in the reader's language; a code listed twice keeps its first text.</summary>
    public static IReadOnlyDictionary<string, string> ReasonTexts(IEnumerable<RejectionReason> reasons) =>
        reasons.DistinctBy(r => r.Code).ToDictionary(r => r.Code, r => r.Text.For(System.Globalization.CultureInfo.CurrentUICulture.Name));

    public static readonly IReadOnlyList<ISettingDefinition> All = [SlaWorkingHours, PublicHolidays, MakeUpWorkdays, RejectionReasons];
}
