using MerchantPortal.Features.Settings;
using MerchantPortal.Tests.Support;

namespace MerchantPortal.Tests.Unit.Settings;

public class UploadLimitInputValidatorTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(50)]
    public void LimitFromOneTo50Megabytes_Passes(int megabytes) =>
        Assert.True(new UploadLimitInputValidator().Validate(new UploadLimitInput { MaxFileMegabytes = megabytes }).IsValid);

    [Theory]
    [InlineData(0, "zh-CN", "单个文件上限（MB）须为 1 到 50 之间的整数。")]
    [InlineData(51, "en", "Largest file (MB) must be a whole number from 1 to 50.")]
    public void LimitOutsideTheRange_IsRefusedInTheReadersLanguage(int megabytes, string culture, string message)
    {
        using var scope = new CultureScope(culture);

        var result = new UploadLimitInputValidator().Validate(new UploadLimitInput { MaxFileMegabytes = megabytes });

        var error = Assert.Single(result.Errors);
        Assert.Equal((nameof(UploadLimitInput.MaxFileMegabytes), message), (error.PropertyName, error.ErrorMessage));
    }
}
