package org.eservices.portal.privacy;

import java.util.List;

/**
 * Where a person's data is: their user id and the requests they made (references and
 * process instances), for the stores that file data by request.
 *
 * @param citizenId whose account goes too; {@code null} when only these requests go
 * (their retention ended)
 */
public record CitizenRecords(String citizenId, List<String> references, List<String> processInstanceIds) {

}
