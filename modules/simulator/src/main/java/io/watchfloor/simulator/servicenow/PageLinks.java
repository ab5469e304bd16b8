package io.watchfloor.simulator.servicenow;

import io.watchfloor.simulator.http.FormCodec;
import io.watchfloor.simulator.http.Request;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The Table API's {@code Link} header: first, prev, next and last pages of a list. */
final class PageLinks {
    private PageLinks() {
    }

    static String of(String baseUrl, Request request, int offset, int limit, int total) {
        List<String> links = new ArrayList<>();
        links.add(link(baseUrl, request, 0, limit, "first"));
        if (offset > 0) {
            links.add(link(baseUrl, request, Math.max(0, offset - limit), limit, "prev"));
        }
        if (offset + limit < total) {
            links.add(link(baseUrl, request, offset + limit, limit, "next"));
        }
        int last = total == 0 ? 0 : ((total - 1) / limit) * limit;
        links.add(link(baseUrl, request, last, limit, "last"));
        return String.join(",", links);
    }

    private static String link(String baseUrl, Request request, int offset, int limit, String rel) {
        StringBuilder url = new StringBuilder(baseUrl).append(request.path()).append('?');
        for (Map.Entry<String, List<String>> p : request.query().entrySet()) {
            if (p.getKey().equals("sysparm_offset") || p.getKey().equals("sysparm_limit")) {
                continue;
            }
            for (String v : p.getValue()) {
                url.append(FormCodec.encode(p.getKey())).append('=').append(FormCodec.encode(v)).append('&');
            }
        }
        url.append("sysparm_limit=").append(limit).append("&sysparm_offset=").append(offset);
        return "<" + url + ">;rel=\"" + rel + "\"";
    }
}
