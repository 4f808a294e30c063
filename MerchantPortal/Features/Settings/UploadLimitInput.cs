namespace MerchantPortal.Features.Settings;

public sealed class UploadLimitInput
{
    public int MaxFileMegabytes { get; set; }
}
