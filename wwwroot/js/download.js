// Fetches a file that is handed out once (a generated private key) with a POST carrying the antiforgery token,
// and saves it; the component learns the outcome instead of the page being replaced by an error.
export async function downloadOnce(url) {
    const token = (await (await fetch("/api/antiforgery", { credentials: "same-origin" })).json()).token;
    const response = await fetch(url, { method: "POST", credentials: "same-origin", headers: { "RequestVerificationToken": token } });
    if (!response.ok) {
        return { status: response.status, body: await response.text() };
    }

    const blob = await response.blob();
    const name = /filename=([^;]+)/.exec(response.headers.get("Content-Disposition") || "")?.[1]?.replaceAll('"', "") || "private-key.pem";
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
    return { status: response.status, body: "" };
}
