package tn.entrix.event;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import tn.entrix.platform.ConsoleMessages;
import tn.entrix.platform.ConsolePages;
import tn.entrix.platform.EntrixException;
import tn.entrix.platform.FormValidation;
import tn.entrix.platform.NotFoundException;

/**
 * One participant ({@code participant.xhtml?id=}) and its relations: rivalries (whose level makes derbies),
 * partnerships, affiliations — added, re-levelled and ended here through {@link ParticipantService}.
 */
@Named
@ViewScoped
public class ParticipantBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String RELATION_FORM = "relationForm";
    static final Map<String, String> RELATION_FIELDS = Map.of("otherId", RELATION_FORM + ":other",
            "kind", RELATION_FORM + ":relationKind", "level", RELATION_FORM + ":level");

    @Inject
    ParticipantService participants;

    @Inject
    FormValidation validation;

    private Long id;
    private transient ParticipantView participant;
    private transient List<RelationView> relationList;

    // the relation being added or edited
    private transient ParticipantView other;
    private Long editedOtherId;
    private String editedOtherName;
    private RelationKind relationKind = RelationKind.RIVALRY;
    private Integer level = 3;

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

    /** Creates the relation, or changes the level of the one of that kind that already exists. */
    public void saveRelation() {
        Long otherId = editedOtherId != null ? editedOtherId : other == null ? null : other.id();
        RelationRequest request = new RelationRequest(otherId, relationKind,
                relationKind == RelationKind.RIVALRY ? level : null);
        if (otherId == null) {
            ConsoleMessages.fieldError(RELATION_FORM + ":other", ConsoleMessages.text("relation.other.choose"));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        if (!validation.check(request, RELATION_FORM, RELATION_FIELDS)) {
            return;
        }
        try {
            RelationView saved = participants.relate(id, request);
            ConsoleMessages.info("relation.saved", ConsoleMessages.text("relation.kind." + saved.kind()),
                    saved.otherName());
            newRelation();
            refresh();
        } catch (EntrixException e) {
            ConsoleMessages.error(RELATION_FORM, e, RELATION_FIELDS);
        }
    }

    public void editRelation(RelationView relation) {
        editedOtherId = relation.otherId();
        editedOtherName = relation.otherName();
        relationKind = relation.kind();
        level = relation.level() == null ? 1 : relation.level();
    }

    public void newRelation() {
        other = null;
        editedOtherId = null;
        editedOtherName = null;
        relationKind = RelationKind.RIVALRY;
        level = 3;
    }

    public void deleteRelation(RelationView relation) {
        try {
            participants.unrelate(id, relation.id());
            ConsoleMessages.info("relation.deleted", ConsoleMessages.text("relation.kind." + relation.kind()),
                    relation.otherName());
            if (relation.otherId() == (editedOtherId == null ? -1 : editedOtherId)) {
                newRelation();
            }
            refresh();
        } catch (EntrixException e) {
            ConsoleMessages.error(null, e);
        }
    }

    /** Other participants whose name or code contains the typed text. */
    public List<ParticipantView> completeOther(String query) {
        return participants.search(query, null, ParticipantOrder.NAME, false, 0, 13).items().stream()
                .filter(p -> p.id() != id).limit(12).toList();
    }

    private void refresh() {
        participant = participants.find(id);
        relationList = participants.relations(id);
    }

    /** A rivalry at this level or above makes the matches between the two derbies. */
    public int getDerbyLevel() {
        return EventService.DERBY_LEVEL;
    }

    public ParticipantView getParticipant() {
        if (participant == null) {
            refresh();
        }
        return participant;
    }

    public List<RelationView> getRelations() {
        if (relationList == null) {
            refresh();
        }
        return relationList;
    }

    public RelationKind[] getRelationKinds() {
        return RelationKind.values();
    }

    public List<Integer> getLevels() {
        return List.of(1, 2, 3, 4, 5);
    }

    public boolean isRivalry() {
        return relationKind == RelationKind.RIVALRY;
    }

    public boolean isEditing() {
        return editedOtherId != null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ParticipantView getOther() {
        return other;
    }

    public void setOther(ParticipantView other) {
        this.other = other;
    }

    public String getEditedOtherName() {
        return editedOtherName;
    }

    public RelationKind getRelationKind() {
        return relationKind;
    }

    public void setRelationKind(RelationKind relationKind) {
        this.relationKind = relationKind;
    }

    public Integer getLevel() {
        return level;
    }

    public void setLevel(Integer level) {
        this.level = level;
    }
}
