using System.Globalization;
using MerchantPortal.Infrastructure.Documents;
using MerchantPortal.Resources;

namespace MerchantPortal.Features.Documents;

/// <summary>The reader's sentence for a refused upload.</summary>
public static class UploadProblems
{
    public static string Message(UploadProblem problem) =>
        UploadText.ResourceManager.GetString($"Problem_{problem}", CultureInfo.CurrentUICulture) ?? problem.ToString();
}
