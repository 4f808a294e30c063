using MudBlazor;

namespace MerchantPortal.Components.Layout;

/// <summary>One theme for the interactive and the static (account) layouts, so both look like one product.</summary>
public static class PortalTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1557b0",
            Secondary = "#00897b",
            AppbarBackground = "#123c7a",
            Background = "#f5f7fb",
            DrawerBackground = "#ffffff",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans CJK SC", "Helvetica", "Arial", "sans-serif"],
            },
            // Organization names and Chinese labels on buttons must read as typed, not in capitals.
            Button = new ButtonTypography { TextTransform = "none" },
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "6px" },
    };
}
