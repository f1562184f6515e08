package tn.entrix.venue;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;
import tn.entrix.platform.ConsoleMessages;
import tn.entrix.platform.ConsolePages;
import tn.entrix.platform.EntrixException;
import tn.entrix.platform.FormValidation;
import tn.entrix.platform.NotFoundException;

/**
 * One mapping ({@code mapping.xhtml?id=}): its zone tree and capacity, adding and deleting zones, generating the
 * seats of a seated leaf zone, and its gates. Every rule (capacity under the venue's maximum, seats only in seated
 * leaves, unique codes) is the services'; this bean only turns their answers into messages.
 */
@Named
@ViewScoped
public class MappingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String ZONE_FORM = "zoneForm";
    static final String SEAT_FORM = "seatForm";
    static final String GATE_FORM = "gateForm";

    static final Map<String, String> ZONE_FIELDS = Map.of("parentId", ZONE_FORM + ":zoneParent",
            "code", ZONE_FORM + ":zoneCode", "name", ZONE_FORM + ":zoneName", "kind", ZONE_FORM + ":zoneKind",
            "seating", ZONE_FORM + ":zoneSeating", "capacity", ZONE_FORM + ":zoneCapacity");
    static final Map<String, String> SEAT_FIELDS = Map.of("rowFrom", SEAT_FORM + ":rowFrom",
            "rowTo", SEAT_FORM + ":rowTo", "seatFrom", SEAT_FORM + ":seatFrom", "seatTo", SEAT_FORM + ":seatTo",
            "numbering", SEAT_FORM + ":numbering", "rowLabels", SEAT_FORM + ":rowLabels",
            "rowPrefix", SEAT_FORM + ":rowPrefix");
    static final Map<String, String> GATE_FIELDS = Map.of("code", GATE_FORM + ":gateCode",
            "name", GATE_FORM + ":gateName", "kind", GATE_FORM + ":gateKind", "zoneIds", GATE_FORM + ":gateZones");

    @Inject
    MappingService mappings;

    @Inject
    ZoneService zoneService;

    @Inject
    SeatService seats;

    @Inject
    AccessPointService accessPoints;

    @Inject
    FormValidation validation;

    private Long id;

    // read again after every change, and after a deserialization (records with JSON-P values are not serializable)
    private transient MappingView mapping;
    private transient TreeNode<ZoneView> tree;
    private transient List<ZoneOption> zoneOptions;
    private transient List<AccessPointView> gates;

    private Long zoneParentId;
    private String zoneCode;
    private String zoneName;
    private ZoneKind zoneKind = ZoneKind.STAND;
    private Seating zoneSeating = Seating.SEATED;
    private Integer zoneCapacity;

    private Long seatZoneId;
    private Integer rowFrom = 1;
    private Integer rowTo;
    private Integer seatFrom = 1;
    private Integer seatTo;
    private Numbering numbering = Numbering.LEFT_TO_RIGHT;
    private RowLabels rowLabels = RowLabels.NUMBERS;
    private String rowPrefix;
    private String lastGeneration;

    private Long gateId;
    private Long gateVersion;
    private String gateCode;
    private String gateName;
    private AccessPointKind gateKind = AccessPointKind.ENTRY;
    private List<Long> gateZoneIds = new ArrayList<>();

    /** A zone as a choice in a select: indented under its parent, and whether seats can be generated in it. */
    public record ZoneOption(long id, String label, boolean seatedLeaf) {
    }

    public void load() {
        if (id == null) {
            ConsolePages.notFound();
            return;
        }
        try {
            refresh();
        } catch (NotFoundException e) {
            ConsolePages.notFound();
        }
    }

    public void addZone() {
        ZoneRequest request = new ZoneRequest(zoneParentId, zoneCode, zoneName, zoneKind, zoneSeating,
                zoneSeating == Seating.STANDING ? zoneCapacity : null, null, null, null);
        if (!validation.check(request, ZONE_FORM, ZONE_FIELDS)) {
            return;
        }
        try {
            ZoneView created = zoneService.create(id, request);
            ConsoleMessages.info("zone.created", created.code());
            if (created.seating() == Seating.SEATED && seatZoneId == null) {
                seatZoneId = created.id(); // the next thing the user does with a new seated zone is its seats
            }
            zoneCode = null;
            zoneName = null;
            zoneCapacity = null;
            refresh();
        } catch (EntrixException e) {
            ConsoleMessages.error(ZONE_FORM, e, ZONE_FIELDS);
        }
    }

    /** Deletes the zone with its sub-zones and their seats. */
    public void deleteZone(ZoneView zone) {
        try {
            zoneService.delete(zone.id());
            ConsoleMessages.info("zone.deleted", zone.code());
            if (Objects.equals(seatZoneId, zone.id())) {
                seatZoneId = null;
            }
            refresh();
        } catch (EntrixException e) {
            ConsoleMessages.error(null, e);
        }
    }

    /** From the tree: use this zone in the seat generation form. */
    public void chooseForSeats(ZoneView zone) {
        seatZoneId = zone.id();
    }

    /** Runs the generation (≈ 1 s for 45,000 seats; the page blocks meanwhile) and says what it did. */
    public void generateSeats() {
        if (seatZoneId == null) {
            ConsoleMessages.fieldError(SEAT_FORM + ":seatZone", ConsoleMessages.text("seats.zoneRequired"));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        SeatGenerationRequest request = new SeatGenerationRequest(rowFrom, rowTo, seatFrom, seatTo, numbering,
                rowLabels, rowPrefix == null ? null : rowPrefix.strip());
        if (!validation.check(request, SEAT_FORM, SEAT_FIELDS)) {
            return;
        }
        try {
            SeatGenerationView result = seats.generate(seatZoneId, request);
            String zone = zoneOptionLabel(seatZoneId);
            lastGeneration = ConsoleMessages.text("seats.generated", result.created(), zone, result.millis(),
                    result.zoneCapacity(), result.mappingCapacity());
            refresh();
        } catch (EntrixException e) {
            ConsoleMessages.error(SEAT_FORM, e, SEAT_FIELDS);
        }
    }

    public void newGate() {
        gateId = null;
        gateVersion = null;
        gateCode = null;
        gateName = null;
        gateKind = AccessPointKind.ENTRY;
        gateZoneIds = new ArrayList<>();
    }

    public void editGate(AccessPointView gate) {
        gateId = gate.id();
        gateVersion = gate.version();
        gateCode = gate.code();
        gateName = gate.name();
        gateKind = gate.kind();
        gateZoneIds = new ArrayList<>(gate.zoneIds());
    }

    public void saveGate() {
        AccessPointRequest request = new AccessPointRequest(gateCode, gateName, gateKind, List.copyOf(gateZoneIds),
                null, gateVersion);
        if (!validation.check(request, GATE_FORM, GATE_FIELDS)) {
            return;
        }
        try {
            AccessPointView saved = gateId == null ? accessPoints.create(id, request)
                    : accessPoints.update(gateId, request);
            ConsoleMessages.info(gateId == null ? "gate.created" : "gate.updated", saved.code());
            newGate();
            refresh();
        } catch (EntrixException e) {
            ConsoleMessages.error(GATE_FORM, e, GATE_FIELDS);
        }
    }

    public void deleteGate(AccessPointView gate) {
        try {
            accessPoints.delete(gate.id());
            ConsoleMessages.info("gate.deleted", gate.code());
            if (Objects.equals(gateId, gate.id())) {
                newGate();
            }
            refresh();
        } catch (EntrixException e) {
            ConsoleMessages.error(null, e);
        }
    }

    private void refresh() {
        mapping = mappings.find(id);
        List<ZoneView> roots = zoneService.tree(id);
        tree = new DefaultTreeNode<>(null, null);
        zoneOptions = new ArrayList<>();
        addNodes(tree, roots, 0);
        gates = accessPoints.listOfMapping(id);
    }

    private void addNodes(TreeNode<ZoneView> parent, List<ZoneView> zones, int depth) {
        for (ZoneView zone : zones) {
            TreeNode<ZoneView> node = new DefaultTreeNode<>(zone, parent);
            node.setExpanded(true);
            zoneOptions.add(new ZoneOption(zone.id(), "\u00a0\u00a0\u00a0".repeat(depth) + zone.code() + " \u2013 "
                    + zone.name(), zone.seating() == Seating.SEATED && zone.children().isEmpty()));
            addNodes(node, zone.children(), depth + 1);
        }
    }

    private String zoneOptionLabel(long zoneId) {
        return getZoneOptions().stream().filter(o -> o.id() == zoneId).map(o -> o.label().strip()).findFirst()
                .orElse(String.valueOf(zoneId));
    }

    /** Whether seats may be generated in this zone: seated and without sub-zones. */
    public boolean isSeatedLeaf(ZoneView zone) {
        return zone.seating() == Seating.SEATED && zone.children().isEmpty();
    }

    public MappingView getMapping() {
        if (mapping == null) {
            refresh();
        }
        return mapping;
    }

    public TreeNode<ZoneView> getTree() {
        if (tree == null) {
            refresh();
        }
        return tree;
    }

    public List<ZoneOption> getZoneOptions() {
        if (zoneOptions == null) {
            refresh();
        }
        return zoneOptions;
    }

    public List<ZoneOption> getSeatedLeaves() {
        return getZoneOptions().stream().filter(ZoneOption::seatedLeaf).toList();
    }

    public List<AccessPointView> getGates() {
        if (gates == null) {
            refresh();
        }
        return gates;
    }

    public ZoneKind[] getZoneKinds() {
        return ZoneKind.values();
    }

    public Seating[] getSeatings() {
        return Seating.values();
    }

    public Numbering[] getNumberings() {
        return Numbering.values();
    }

    public RowLabels[] getRowLabelStyles() {
        return RowLabels.values();
    }

    public AccessPointKind[] getGateKinds() {
        return AccessPointKind.values();
    }

    public boolean isStanding() {
        return zoneSeating == Seating.STANDING;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getZoneParentId() {
        return zoneParentId;
    }

    public void setZoneParentId(Long zoneParentId) {
        this.zoneParentId = zoneParentId;
    }

    public String getZoneCode() {
        return zoneCode;
    }

    public void setZoneCode(String zoneCode) {
        this.zoneCode = zoneCode;
    }

    public String getZoneName() {
        return zoneName;
    }

    public void setZoneName(String zoneName) {
        this.zoneName = zoneName;
    }

    public ZoneKind getZoneKind() {
        return zoneKind;
    }

    public void setZoneKind(ZoneKind zoneKind) {
        this.zoneKind = zoneKind;
    }

    public Seating getZoneSeating() {
        return zoneSeating;
    }

    public void setZoneSeating(Seating zoneSeating) {
        this.zoneSeating = zoneSeating;
    }

    public Integer getZoneCapacity() {
        return zoneCapacity;
    }

    public void setZoneCapacity(Integer zoneCapacity) {
        this.zoneCapacity = zoneCapacity;
    }

    public Long getSeatZoneId() {
        return seatZoneId;
    }

    public void setSeatZoneId(Long seatZoneId) {
        this.seatZoneId = seatZoneId;
    }

    public Integer getRowFrom() {
        return rowFrom;
    }

    public void setRowFrom(Integer rowFrom) {
        this.rowFrom = rowFrom;
    }

    public Integer getRowTo() {
        return rowTo;
    }

    public void setRowTo(Integer rowTo) {
        this.rowTo = rowTo;
    }

    public Integer getSeatFrom() {
        return seatFrom;
    }

    public void setSeatFrom(Integer seatFrom) {
        this.seatFrom = seatFrom;
    }

    public Integer getSeatTo() {
        return seatTo;
    }

    public void setSeatTo(Integer seatTo) {
        this.seatTo = seatTo;
    }

    public Numbering getNumbering() {
        return numbering;
    }

    public void setNumbering(Numbering numbering) {
        this.numbering = numbering;
    }

    public RowLabels getRowLabels() {
        return rowLabels;
    }

    public void setRowLabels(RowLabels rowLabels) {
        this.rowLabels = rowLabels;
    }

    public String getRowPrefix() {
        return rowPrefix;
    }

    public void setRowPrefix(String rowPrefix) {
        this.rowPrefix = rowPrefix;
    }

    public String getLastGeneration() {
        return lastGeneration;
    }

    public Long getGateId() {
        return gateId;
    }

    public String getGateCode() {
        return gateCode;
    }

    public void setGateCode(String gateCode) {
        this.gateCode = gateCode;
    }

    public String getGateName() {
        return gateName;
    }

    public void setGateName(String gateName) {
        this.gateName = gateName;
    }

    public AccessPointKind getGateKind() {
        return gateKind;
    }

    public void setGateKind(AccessPointKind gateKind) {
        this.gateKind = gateKind;
    }

    public List<Long> getGateZoneIds() {
        return gateZoneIds;
    }

    public void setGateZoneIds(List<Long> gateZoneIds) {
        this.gateZoneIds = gateZoneIds == null ? new ArrayList<>() : gateZoneIds;
    }
}
