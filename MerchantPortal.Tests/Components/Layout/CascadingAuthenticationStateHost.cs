using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Rendering;

namespace MerchantPortal.Tests.Components.Layout;

/// <summary>Gives the rendered component the authentication state the portal cascades to every page.</summary>
public sealed class CascadingAuthenticationStateHost : ComponentBase
{
    [Parameter]
    public RenderFragment? ChildContent { get; set; }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenComponent<CascadingAuthenticationState>(0);
        builder.AddAttribute(1, nameof(CascadingAuthenticationState.ChildContent), ChildContent);
        builder.CloseComponent();
    }
}
