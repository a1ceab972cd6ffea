package io.farmroutes.sandbox.boinc;

import io.farmroutes.sandbox.EmulatorResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** forum_get_data.php (§8.13, §8.14): a user's recent posts or threads; "deprecated" on current servers. */
final class ForumGetData implements BoincScript {

    private static final int DEFAULT_COUNT = 10;
    private static final int MAX_COUNT = 50;

    @Override
    public void run(BoincCall call) {
        if (!call.release16()) {
            // Current code prints one word with PHP's default content type.
            throw new BoincExit(EmulatorResponse.html("deprecated"));
        }
        call.xmlHeader();
        if (call.settings().forumsDisabled()) {
            throw call.xmlError(-1, "Forums are disabled");
        }
        call.dbInitXml();
        PhpInput in = call.get();
        String method = in.optStr("method");
        if (!"user_posts".equals(method) && !"user_threads".equals(method)) {
            throw call.xmlError(-1);
        }
        Long userId = in.optInt("userid");
        Account user = (userId == null ? java.util.Optional.<Account>empty() : call.state().account(userId))
                .orElseThrow(() -> call.xmlError(-136));
        Long countParam = in.optInt("count");
        int count = countParam == null || countParam <= 0 || countParam > MAX_COUNT
                ? DEFAULT_COUNT : countParam.intValue();
        if (method.equals("user_posts")) {
            Long length = in.optInt("contentlength");
            posts(call, user, count, length == null || length <= 0 ? 0 : length.intValue());
        } else {
            threads(call, user, count);
        }
    }

    private static void posts(BoincCall call, Account user, int count, int contentLength) {
        List<ForumPost> all = call.state().posts(user.id());
        StringBuilder b = new StringBuilder("<rpc_response>\n");
        b.append("<count>").append(all.size()).append("</count>\n<posts>\n");
        for (ForumPost p : all.subList(0, Math.min(count, all.size()))) {
            String title = call.state().thread(p.threadId()).map(ForumThread::title).orElse("");
            String content = contentLength > 0 ? cutBytes(p.content(), contentLength) : p.content();
            b.append("<post>\n");
            b.append("    <id>").append(p.id()).append("</id>\n");
            b.append("    <threadid>").append(p.threadId()).append("</threadid>\n");
            b.append("    <threadtitle>").append(cdata(call, title)).append("</threadtitle>\n");
            b.append("    <timestamp>").append(p.timestamp()).append("</timestamp>\n");
            b.append("    <content>").append(cdata(call, content)).append("</content>\n");
            b.append("</post>\n");
        }
        call.echo(b.append("</posts>\n</rpc_response>\n").toString());
    }

    /** Unlike user_posts, the real script counts the threads it lists, not all of the user's threads. */
    private static void threads(BoincCall call, Account user, int count) {
        List<ForumThread> all = call.state().threads(user.id());
        List<ForumThread> shown = all.subList(0, Math.min(count, all.size()));
        StringBuilder b = new StringBuilder("<rpc_response>\n");
        b.append("<count>").append(shown.size()).append("</count>\n<threads>\n");
        for (ForumThread t : shown) {
            b.append("<thread>\n");
            b.append("    <id>").append(t.id()).append("</id>\n");
            b.append("    <forumid>").append(t.forumId()).append("</forumid>\n");
            b.append("    <replies>").append(t.replies()).append("</replies>\n");
            b.append("    <views>").append(t.views()).append("</views>\n");
            b.append("    <timestamp>").append(t.timestamp()).append("</timestamp>\n");
            b.append("    <title>").append(cdata(call, t.title())).append("</title>\n");
            b.append("</thread>\n");
        }
        call.echo(b.append("</threads>\n</rpc_response>\n").toString());
    }

    /** The real server never splits an embedded "]]>", which ends the section early; the clean mode does. */
    private static String cdata(BoincCall call, String text) {
        String body = call.settings().unescapedFreeText() ? text : text.replace("]]>", "]]]]><![CDATA[>");
        return "<![CDATA[" + body + "]]>";
    }

    /**
     * PHP's substr() counts bytes and may split a UTF-8 character; the emulator cuts at most that many
     * bytes but backs off to a character boundary, since its replies are built as text.
     */
    private static String cutBytes(String text, int maxBytes) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        if (utf8.length <= maxBytes) {
            return text;
        }
        int end = maxBytes;
        while (end > 0 && (utf8[end] & 0xC0) == 0x80) {
            end--;
        }
        return new String(utf8, 0, end, StandardCharsets.UTF_8);
    }
}
