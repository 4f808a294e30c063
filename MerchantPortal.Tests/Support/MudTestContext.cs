using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace MerchantPortal.Tests.Support;

/// <summary>One bUnit set-up with MudBlazor's services, as MudBlazor's own tests do.</summary>
public static class MudTestContext
{
    public static BunitContext Create()
    {
        var context = new BunitContext();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddMudServices();
        return context;
    }
}
