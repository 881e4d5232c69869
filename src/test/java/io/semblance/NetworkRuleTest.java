// SPDX-License-Identifier: Apache-2.0
package io.semblance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.io.InputStream;
import java.net.DatagramSocket;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.nio.channels.SocketChannel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The offline rule of {@link ArchitectureTest} catches each way of reaching the network, and only those. */
class NetworkRuleTest {

    @Test
    void eachWayOfReachingTheNetworkBreaksTheRule() {
        for (Class<?> offender : List.of(OpensSocket.class, Listens.class, SendsDatagrams.class, UsesHttp.class,
                UsesHttpClient.class, ReadsUrl.class, OpensChannel.class)) {
            assertTrue(ArchitectureTest.nothingOpensANetworkConnection
                    .evaluate(new ClassFileImporter().importClasses(offender)).hasViolation(), offender.getSimpleName());
        }
    }

    @Test
    void namingAResourceByUriOrReadingAFileIsNoOffence() {
        assertFalse(ArchitectureTest.nothingOpensANetworkConnection
                .evaluate(new ClassFileImporter().importClasses(Harmless.class)).hasViolation());
    }

    static final class OpensSocket {
        void run() throws IOException {
            new Socket("example.com", 80).close();
        }
    }

    static final class Listens {
        void run() throws IOException {
            new ServerSocket(0).close();
        }
    }

    static final class SendsDatagrams {
        void run() throws IOException {
            new DatagramSocket().close();
        }
    }

    static final class UsesHttp {
        int run(URL url) throws IOException {
            return ((HttpURLConnection) url.openConnection()).getResponseCode();
        }
    }

    static final class UsesHttpClient {
        Object run() {
            return HttpClient.newHttpClient();
        }
    }

    /** Reaches the network through URL alone, naming none of the forbidden classes. */
    static final class ReadsUrl {
        InputStream run(URL url) throws IOException {
            return url.openStream();
        }
    }

    static final class OpensChannel {
        void run() throws IOException {
            SocketChannel.open().close();
        }
    }

    static final class Harmless {
        String run(URI uri) throws IOException {
            return uri.getPath() + java.nio.file.Files.size(java.nio.file.Path.of(uri));
        }
    }
}
