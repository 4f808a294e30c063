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

// Downloads a streamed export, telling the component how many rows have arrived out of the total the server
// announced (X-Total-Rows; a CSV row ends with a line break, the header line included), then saves it.
export async function downloadWithProgress(url, component) {
    const response = await fetch(url, { credentials: "same-origin" });
    if (!response.ok) {
        return { status: response.status, body: await response.text(), rows: 0 };
    }

    const total = Number(response.headers.get("X-Total-Rows") || "0");
    const reader = response.body.getReader();
    const chunks = [];
    let lines = 0;
    let reported = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done) {
            break;
        }

        chunks.push(value);
        for (const byte of value) {
            if (byte === 10) {
                lines++;
            }
        }

        if (Date.now() - reported > 200) {
            reported = Date.now();
            await component.invokeMethodAsync("Progress", Math.max(0, lines - 1), total);
        }
    }

    const name = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/.exec(response.headers.get("Content-Disposition") || "")?.[1] || "export";
    const link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob(chunks, { type: response.headers.get("Content-Type") || "application/octet-stream" }));
    link.download = decodeURIComponent(name);
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
    return { status: response.status, body: "", rows: Math.max(0, lines - 1) };
}
